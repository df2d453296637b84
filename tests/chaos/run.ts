// `npm run chaos`: 200 SIGKILL cycles against a process writing through the real dispatcher.
import { runChaos } from './chaos';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const report = await runChaos({ cycles: arg('cycles', 200), seed: arg('seed', 42) });
console.log(`cycles              ${report.cycles}`);
console.log(`acknowledged        ${report.acknowledged}`);
console.log(`lost                ${report.lost}`);
console.log(`integrity failures  ${report.integrityFailures}`);
if (report.errors.length) console.log(`errors:\n  ${report.errors.slice(0, 10).join('\n  ')}`);
process.exit(report.lost === 0 && report.integrityFailures === 0 && report.errors.length === 0 ? 0 : 1);
