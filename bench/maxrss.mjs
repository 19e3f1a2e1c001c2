// Preloaded (node --import) into a process the bench spawns: prints its peak RSS when it exits.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\nfaultline-bench-maxrss-kb=${process.resourceUsage().maxRSS}\n`));
