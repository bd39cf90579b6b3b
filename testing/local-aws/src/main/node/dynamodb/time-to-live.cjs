'use strict'
// UpdateTimeToLive and DescribeTimeToLive (dynalite answers DISABLED to every describe and
// has no update), and expiry: like AWS, an item whose TTL attribute holds an epoch-seconds
// Number in the past is deleted some time later (here within one sweep interval), and never
// one whose attribute changed meanwhile. Until then it stays readable, as on AWS.
//
// The setting is kept in the same LevelDB as the tables (key "ttl~<table>"), so it survives
// a restart of a persistent emulator and goes with its table.

const scan = require('dynalite/actions/scan')
const deleteItem = require('dynalite/actions/deleteItem')
const listTablesAction = require('dynalite/actions/listTables')
const { validationError, validateAs } = require('./protocol.cjs')

// AWS ignores TTL values more than five years in the past (they are probably not seconds).
const FIVE_YEARS_SECONDS = 5 * 365 * 24 * 3600

function createTimeToLive (store, sweepIntervalMs) {

  async function updateTimeToLive (data) {
    const tableName = validateAs('describeTimeToLive', data, store).TableName
    const spec = data.TimeToLiveSpecification
    if (!spec || typeof spec.Enabled !== 'boolean' || typeof spec.AttributeName !== 'string'
      || spec.AttributeName.length < 1 || spec.AttributeName.length > 255) {
      throw validationError('TimeToLiveSpecification needs an AttributeName of 1 to 255 characters and Enabled')
    }
    await table(tableName)
    const current = await setting(tableName)
    if (spec.Enabled && current) throw validationError('TimeToLive is already enabled')
    if (!spec.Enabled && !current) throw validationError('TimeToLive is already disabled')
    await (spec.Enabled ? put(tableName, spec.AttributeName) : del(tableName))
    return { TimeToLiveSpecification: { AttributeName: spec.AttributeName, Enabled: spec.Enabled } }
  }

  async function describeTimeToLive (data) {
    const tableName = validateAs('describeTimeToLive', data, store).TableName
    await table(tableName)
    const attribute = await setting(tableName)
    return {
      TimeToLiveDescription: attribute ? { TimeToLiveStatus: 'ENABLED', AttributeName: attribute } : { TimeToLiveStatus: 'DISABLED' },
    }
  }

  // Deletes expired items of every table with TTL enabled, each under the condition that it
  // is still expired, so a concurrent write that extends it wins.
  async function sweep () {
    const tableNames = await listTables()
    for (const tableName of tableNames) {
      const attribute = await setting(tableName)
      if (!attribute) continue
      const now = Math.floor(Date.now() / 1000)
      const expiry = {
        ExpressionAttributeNames: { '#ttl': attribute },
        ExpressionAttributeValues: { ':now': { N: String(now) }, ':oldest': { N: String(now - FIVE_YEARS_SECONDS) } },
      }
      let startKey
      do {
        const page = await call(scan, store, validateAs('scan', Object.assign({
          TableName: tableName, FilterExpression: '#ttl < :now AND #ttl > :oldest', ExclusiveStartKey: startKey,
        }, expiry), store))
        for (const item of page.Items) {
          const key = keyOf(item, await table(tableName))
          await call(deleteItem, store, validateAs('deleteItem', Object.assign({
            TableName: tableName, Key: key, ConditionExpression: '#ttl < :now AND #ttl > :oldest',
          }, expiry), store)).catch((err) => {
            if (!err.body || !/ConditionalCheckFailed/.test(err.body.__type)) throw err
          })
        }
        startKey = page.LastEvaluatedKey
      } while (startKey)
    }
  }

  // Drops the setting with its table.
  function tableDeleted (tableName) {
    return del(tableName).catch(() => {})
  }

  let timer
  function start () {
    timer = setInterval(() => sweep().catch((err) => console.error('TTL sweep failed:', err.message)), sweepIntervalMs)
    timer.unref()
  }

  function stop () {
    clearInterval(timer)
  }

  function setting (tableName) {
    return store.db.get('ttl~' + tableName).then((value) => value || null, (err) => {
      if (err.code === 'LEVEL_NOT_FOUND' || err.name === 'NotFoundError') return null
      throw err
    })
  }

  function put (tableName, attribute) {
    return store.db.put('ttl~' + tableName, attribute)
  }

  function del (tableName) {
    return store.db.del('ttl~' + tableName)
  }

  function table (tableName) {
    return new Promise((resolve, reject) => store.getTable(tableName, false, (err, t) => (err ? reject(err) : resolve(t))))
  }

  async function listTables () {
    const names = []
    let from
    do {
      const page = await call(listTablesAction, store, { ExclusiveStartTableName: from })
      names.push(...page.TableNames)
      from = page.LastEvaluatedTableName
    } while (from)
    return names
  }

  return { updateTimeToLive, describeTimeToLive, sweep, tableDeleted, start, stop }
}

function keyOf (item, table) {
  const key = {}
  for (const element of table.KeySchema) key[element.AttributeName] = item[element.AttributeName]
  return key
}

function call (action, store, request) {
  return new Promise((resolve, reject) => action(store, request, (err, result) => (err ? reject(err) : resolve(result))))
}

module.exports = { createTimeToLive }
