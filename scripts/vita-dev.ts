// Runs the CLI straight from src/ (no compile step) while working on Vita: `npx tsx scripts/vita-dev.ts build examples/seed`.
import { main } from '../src/cli/main.js';

main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
