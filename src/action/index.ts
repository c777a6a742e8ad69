// Entry point of the bundled Action: no logic here (see run.ts).
import { run } from './run.js'

await run()
