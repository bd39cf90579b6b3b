'use strict'
// The DynamoDB endpoint of the local run and the tests: dynalite (Apache-2.0) for the
// operations it has, with its store, validation and condition evaluation shared by the
// operations this layer adds (transactions.cjs, time-to-live.cjs).
//
// It speaks the same JSON protocol as dynalite's own HTTP handler, which dynalite does not
// export, minus its signature checks: every request reaches the store it is addressed to,
// whatever its credentials, as with the other local emulators.

const http = require('node:http')
const zlib = require('node:zlib')
const crypto = require('node:crypto')
const dynaliteDb = require('dynalite/db')
const { awsError, validateAs } = require('./protocol.cjs')
const { createTransactions } = require('./transactions.cjs')
const { createTimeToLive } = require('./time-to-live.cjs')

const MAX_REQUEST_BYTES = 16 * 1024 * 1024

// dynalite's operations, applied by its own actions after its own validation.
const DYNALITE_OPERATIONS = [ 'BatchGetItem', 'BatchWriteItem', 'CreateTable', 'DeleteItem', 'DeleteTable',
  'DescribeTable', 'GetItem', 'ListTables', 'PutItem', 'Query', 'Scan', 'TagResource', 'UntagResource',
  'ListTagsOfResource', 'UpdateItem', 'UpdateTable' ]

/**
 * @param {object} options
 * @param {string} [options.path] LevelDB folder; in memory without it
 * @param {number} [options.ttlSweepMs=30000] how often expired items are deleted
 * @returns {http.Server}
 */
function createServer (options = {}) {
  // Tables are ACTIVE at once: nothing here gains from dynalite's simulated 500 ms.
  const store = dynaliteDb.create({ path: options.path, createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 })
  const transactions = createTransactions(store)
  const timeToLive = createTimeToLive(store, options.ttlSweepMs || 30000)

  const operations = {
    TransactWriteItems: transactions.transactWriteItems,
    TransactGetItems: transactions.transactGetItems,
    UpdateTimeToLive: timeToLive.updateTimeToLive,
    DescribeTimeToLive: timeToLive.describeTimeToLive,
  }
  for (const name of DYNALITE_OPERATIONS) {
    const operation = name[0].toLowerCase() + name.slice(1)
    const action = require('dynalite/actions/' + operation)
    operations[name] = (data) => new Promise((resolve, reject) => {
      action(store, validateAs(operation, data, store), (err, result) => (err ? reject(err) : resolve(result)))
    })
  }
  // dynalite answers CreateTable, UpdateTable and DeleteTable before the table reaches its
  // next state (a timer, even at 0 ms, then a write), so a client's first DescribeTable could
  // still see CREATING and its waiter would sleep 20 s. The answer waits for the state instead.
  for (const name of [ 'CreateTable', 'UpdateTable', 'DeleteTable' ]) {
    const change = operations[name]
    operations[name] = async (data) => {
      const result = await change(data)
      await settled(data.TableName)
      if (name === 'DeleteTable') await timeToLive.tableDeleted(data.TableName)
      return result
    }
  }

  async function settled (tableName) {
    for (let waited = 0; waited < 5000; waited += 5) {
      const status = await new Promise((resolve) => store.getTable(tableName, false, (err, table) => {
        if (err) return resolve(null)
        const indexes = table.GlobalSecondaryIndexes || []
        resolve(indexes.some((index) => index.IndexStatus !== 'ACTIVE') ? 'UPDATING' : table.TableStatus)
      }))
      if (status === null || status === 'ACTIVE') return
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
  }

  const server = http.createServer((req, res) => {
    const chunks = []
    let size = 0
    req.on('data', (chunk) => {
      size += chunk.length
      if (size <= MAX_REQUEST_BYTES) chunks.push(chunk)
    })
    req.on('end', () => {
      if (size > MAX_REQUEST_BYTES) return send(res, 413, { __type: 'com.amazon.coral.service#SerializationException' })
      respond(Buffer.concat(chunks).toString(), req, res)
    })
  })

  async function respond (body, req, res) {
    if (req.method === 'GET') return send(res, 200, 'healthy: dynamodb.us-east-1.amazonaws.com ')
    const target = String(req.headers['x-amz-target'] || '').split('.')
    const operation = target.length === 2 && target[0].startsWith('DynamoDB_') ? operations[target[1]] : undefined
    if (req.method !== 'POST' || !operation) {
      return send(res, 400, { __type: 'com.amazon.coral.service#UnknownOperationException' })
    }
    let data
    try {
      data = JSON.parse(body)
    }
    catch {
      return send(res, 400, { __type: 'com.amazon.coral.service#SerializationException' })
    }
    try {
      send(res, 200, await operation(data))
    }
    catch (err) {
      if (!err.statusCode) {
        console.error('DynamoDB emulator: ' + target[1] + ' failed:', err)
        err = awsError('InternalServerError', 'Internal server error: ' + err.message)
        err.statusCode = 500
      }
      send(res, err.statusCode, err.body)
    }
  }

  server.on('close', () => timeToLive.stop())
  timeToLive.start()
  return server
}

function send (res, status, data) {
  const body = typeof data === 'string' ? data : JSON.stringify(data)
  res.statusCode = status
  res.setHeader('x-amzn-RequestId', crypto.randomUUID())
  // The SDK checks this checksum of the body when it is present.
  res.setHeader('x-amz-crc32', zlib.crc32(body))
  res.setHeader('Content-Type', 'application/x-amz-json-1.0')
  res.setHeader('Content-Length', Buffer.byteLength(body))
  res.end(body)
}

module.exports = { createServer }
