// Starts the DynamoDB emulator (dynalite plus dynamodb/, the operations it lacks): argv[2] is
// the port, argv[3] an optional folder to persist the tables in.
const { createServer } = require('./dynamodb/server.cjs')
const port = Number(process.argv[2] ?? 8000)
createServer({ path: process.argv[3] }).listen(port, '127.0.0.1', () => console.log('dynamodb listening on ' + port))
