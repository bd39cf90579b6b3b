// Starts fauxqs (SNS + SQS) quietly: argv[2] is the port, argv[3] an optional folder to persist to.
// The fauxqs CLI ignores FAUXQS_LOGGER, hence this launcher.
import { startFauxqs } from "fauxqs";
await startFauxqs({ port: Number(process.argv[2] ?? 4566), dataDir: process.argv[3], logger: false });
