'use strict'
// TransactWriteItems and TransactGetItems on top of dynalite, which has neither.
//
// How a write transaction runs, and why it is all-or-nothing:
// 1. Every item is validated by dynalite's own rules for PutItem, UpdateItem or DeleteItem
//    (ConditionCheck as a DeleteItem that writes nothing), and AWS's limits are checked:
//    1 to 100 items, one operation each, no item twice.
// 2. The items' locks are taken in one global order (table, then key). They are the very
//    locks dynalite's PutItem, UpdateItem and DeleteItem take, so transactions and
//    single-item writes on the same item run one after the other, and two transactions
//    cannot deadlock.
// 3. With every lock held, every condition is evaluated by dynalite's checkConditional on
//    the current item. If any fails, nothing has been written: the answer is
//    TransactionCanceledException with one CancellationReason per item, in request order.
// 4. Each write is then computed by dynalite's own action against a staging store that
//    records, instead of applying, the item and index writes. A write the action refuses
//    (a type mismatch in an update, an item too large) cancels the transaction as a
//    ValidationError reason, still with nothing written.
// 5. The staged writes are applied in one LevelDB batch, which is atomic in memory and on
//    disk; then the locks are released.
//
// A ClientRequestToken (the SDK sends one on every call) makes a retry within ten minutes
// answer like the first call without applying anything again, as AWS does.

const crypto = require('node:crypto')
const db = require('dynalite/db')
const actions = {
  putItem: require('dynalite/actions/putItem'),
  updateItem: require('dynalite/actions/updateItem'),
  deleteItem: require('dynalite/actions/deleteItem'),
  getItem: require('dynalite/actions/getItem'),
}
const { awsError, validationError, validateAs } = require('./protocol.cjs')

const MAX_ITEMS = 100
const TOKEN_TTL_MS = 10 * 60 * 1000
const OPERATIONS = { ConditionCheck: 'deleteItem', Put: 'putItem', Update: 'updateItem', Delete: 'deleteItem' }

function createTransactions (store) {
  const tokens = new Map()

  async function transactWriteItems (data) {
    const items = checkCount(data.TransactItems)
    const token = data.ClientRequestToken
    const fingerprint = token && crypto.createHash('sha256').update(JSON.stringify(data.TransactItems)).digest('hex')
    if (token) {
      forgetOldTokens()
      const seen = tokens.get(token)
      if (seen && seen.fingerprint !== fingerprint) {
        throw awsError('IdempotentParameterMismatchException',
          'The request uses the same client token as a previous, but non-identical request.')
      }
      if (seen) return {}
    }
    const writes = []
    for (const transactItem of items) {
      writes.push(await prepareWrite(transactItem))
    }
    rejectDuplicates(writes)

    await withLocks(writes, async () => {
      const current = await Promise.all(writes.map((write) => getItem(write)))
      const reasons = writes.map((write, i) => conditionReason(write, current[i]))
      if (reasons.some((reason) => reason.Code !== 'None')) throw cancelled(reasons)

      const staging = stagingStore(current, writes)
      for (let i = 0; i < writes.length; i++) {
        if (writes[i].kind === 'ConditionCheck') continue
        const failure = await stage(staging, writes[i])
        if (failure) {
          reasons[i] = failure
          throw cancelled(reasons)
        }
      }
      await batch(staging.operations)
    })
    if (token) tokens.set(token, { fingerprint, at: Date.now() })
    return {}
  }

  async function transactGetItems (data) {
    const items = checkCount(data.TransactItems)
    const reads = []
    for (const transactItem of items) {
      if (!transactItem || !transactItem.Get || Object.keys(transactItem).length !== 1) {
        throw validationError('TransactItems can only contain one of Get')
      }
      const request = validateAs('getItem', transactItem.Get, store)
      const table = await getTable(request.TableName)
      throwIfError(db.validateKey(request.Key, table))
      reads.push({ request, table, key: db.createKey(request.Key, table) })
    }
    rejectDuplicates(reads)
    const responses = await withLocks(reads, () => Promise.all(reads.map((read) => call(actions.getItem, store, read.request))))
    return { Responses: responses.map((response) => (response.Item ? { Item: response.Item } : {})) }
  }

  async function prepareWrite (transactItem) {
    const kinds = transactItem ? Object.keys(transactItem).filter((name) => transactItem[name] != null) : []
    if (kinds.length !== 1 || !OPERATIONS[kinds[0]]) {
      throw validationError('TransactItems can only contain one of Check, Put, Update or Delete')
    }
    const kind = kinds[0]
    const raw = transactItem[kind]
    if (kind === 'ConditionCheck' && !raw.ConditionExpression) {
      throw validationError('The parameter \'ConditionExpression\' is required but was not present in the request')
    }
    const request = validateAs(OPERATIONS[kind], raw, store)
    const table = await getTable(request.TableName)
    if (kind === 'Put') {
      throwIfError(db.validateItem(request.Item, table))
    }
    else {
      throwIfError(db.validateKey(request.Key, table))
    }
    if (kind === 'Update') {
      throwIfError(db.validateUpdates(request.AttributeUpdates, request._updates, table))
    }
    const key = db.createKey(kind === 'Put' ? request.Item : request.Key, table)
    return { kind, request, table, key, returnOldOnFailure: raw.ReturnValuesOnConditionCheckFailure === 'ALL_OLD' }
  }

  function conditionReason (write, item) {
    if (db.checkConditional(write.request, item) == null) return { Code: 'None' }
    const reason = { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' }
    if (write.returnOldOnFailure && item) reason.Item = item
    return reason
  }

  // Runs dynalite's own action for the write against the staging store; a refusal becomes
  // the item's cancellation reason.
  async function stage (staging, write) {
    try {
      await call(actions[OPERATIONS[write.kind]], staging, write.request)
      return null
    }
    catch (err) {
      if (!err.body) throw err
      return { Code: 'ValidationError', Message: err.body.message || err.body.Message }
    }
  }

  // Takes the items' locks one after the other in (table, key) order; releases them all
  // whatever `work` does.
  async function withLocks (entries, work) {
    const ordered = entries.map((entry) => [ entry.table.TableName, entry.key ]).sort(compareLockKeys)
    const releases = []
    try {
      for (const [ tableName, key ] of ordered) {
        releases.push(await new Promise((resolve) => store.getItemDb(tableName).lock(key, resolve)))
      }
      return await work()
    }
    finally {
      releases.forEach((release) => release()())
    }
  }

  // Collects the item and index writes dynalite's actions make, as operations on the
  // main LevelDB, keyed the way dynalite's sub-databases key them ("<name>~<key>", see
  // createPrefixedDbWrapper in dynalite/db/index.js), so they can be applied in one batch.
  function stagingStore (current, writes) {
    const operations = []
    const staged = new Map()
    writes.forEach((write, i) => staged.set(itemDbName(write.table.TableName) + '~' + write.key, current[i]))
    const subDb = (name) => ({
      lock: (key, exec) => exec((done) => done),
      get: (key, cb) => {
        const value = staged.get(name + '~' + key)
        if (value) return setImmediate(cb, null, structuredClone(value))
        const notFound = new Error('NotFound')
        notFound.name = 'NotFoundError'
        setImmediate(cb, notFound)
      },
      put: (key, value, cb) => {
        operations.push({ type: 'put', key: name + '~' + key, value })
        setImmediate(cb)
      },
      del: (key, cb) => {
        operations.push({ type: 'del', key: name + '~' + key })
        setImmediate(cb)
      },
    })
    return {
      operations,
      options: store.options,
      getTable: store.getTable,
      getItemDb: (tableName) => subDb(itemDbName(tableName)),
      getIndexDb: (indexType, tableName, indexName) =>
        subDb('index-' + indexType.toLowerCase() + '~' + tableName + '~' + indexName),
    }
  }

  function getItem (write) {
    return new Promise((resolve, reject) => {
      store.getItemDb(write.table.TableName).get(write.key, (err, item) => {
        if (err && err.name !== 'NotFoundError') return reject(err)
        resolve(err ? undefined : item)
      })
    })
  }

  function getTable (name) {
    return new Promise((resolve, reject) => store.getTable(name, (err, table) => (err ? reject(err) : resolve(table))))
  }

  function batch (operations) {
    if (operations.length === 0) return Promise.resolve()
    return new Promise((resolve, reject) => store.db.batch(operations, (err) => (err ? reject(err) : resolve())))
  }

  function forgetOldTokens () {
    const oldest = Date.now() - TOKEN_TTL_MS
    for (const [ token, seen ] of tokens) {
      if (seen.at < oldest) tokens.delete(token)
    }
  }

  return { transactWriteItems, transactGetItems }
}

function checkCount (items) {
  if (!Array.isArray(items)) {
    throw validationError('The parameter \'TransactItems\' is required but was not present in the request')
  }
  if (items.length < 1 || items.length > MAX_ITEMS) {
    const bound = items.length < 1 ? 'greater than or equal to 1' : 'less than or equal to ' + MAX_ITEMS
    throw validationError('1 validation error detected: Value at \'transactItems\' failed to satisfy constraint: '
      + 'Member must have length ' + bound)
  }
  return items
}

function rejectDuplicates (entries) {
  const seen = new Set()
  for (const entry of entries) {
    const id = entry.table.TableName + '\u0000' + entry.key
    if (seen.has(id)) throw validationError('Transaction request cannot include multiple operations on one item')
    seen.add(id)
  }
}

function cancelled (reasons) {
  const codes = reasons.map((reason) => reason.Code).join(', ')
  const err = awsError('TransactionCanceledException', undefined, {
    Message: 'Transaction cancelled, please refer cancellation reasons for specific reasons [' + codes + ']',
    CancellationReasons: reasons,
  })
  delete err.body.message
  return err
}

function compareLockKeys (a, b) {
  return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0
}

function itemDbName (tableName) {
  return 'item-' + tableName
}

function throwIfError (err) {
  if (err) throw err
}

function call (action, store, request) {
  return new Promise((resolve, reject) => action(store, request, (err, result) => (err ? reject(err) : resolve(result))))
}

module.exports = { createTransactions }
