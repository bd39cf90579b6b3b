'use strict'
// The DynamoDB JSON protocol: error bodies shaped like AWS's, and dynalite's own validation
// (types, then value rules and expression parsing) run on a request before it is applied.

const dynaliteValidations = require('dynalite/validations')

const SERVICE = 'com.amazonaws.dynamodb.v20120810#'

function awsError (type, message, extra) {
  const err = new Error(message)
  err.statusCode = 400
  err.body = Object.assign({ __type: SERVICE + type, message }, extra)
  return err
}

function validationError (message) {
  const err = new Error(message)
  err.statusCode = 400
  err.body = { __type: 'com.amazon.coral.validate#ValidationException', message }
  return err
}

// Checks `data` as the named single-item operation would (e.g. 'putItem'), returning the
// normalised request with dynalite's parsed expressions (_condition, _updates, _projection).
// Throws the same error dynalite would answer with.
function validateAs (operation, data, store) {
  const rules = require('dynalite/validations/' + operation)
  const checked = dynaliteValidations.checkTypes(Object.assign({}, data), rules.types)
  dynaliteValidations.checkValidations(checked, rules.types, rules.custom, store)
  return checked
}

module.exports = { awsError, validationError, validateAs }
