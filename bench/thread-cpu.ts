// CPU time of a browser's processes and threads, read from Linux's /proc counters. The sampling
// profiler's time deltas include the moments its thread was waiting for a core (this machine has
// two, shared with the renderer, the network service and the test server), so thread CPU time is
// the figure to trust for "what did it cost"; the profile then tells whose code it was.
import { readFileSync, readdirSync } from 'node:fs';

const TICK_MS = 10; // USER_HZ is 100 on Linux

interface Task { pid: number; ppid: number; cmdline: string }

function tasks(): Task[] {
  const list: Task[] = [];
  for (const dir of readdirSync('/proc')) {
    if (!/^\d+$/.test(dir)) continue;
    try {
      const stat = readFileSync(`/proc/${dir}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      list.push({ pid: Number(dir), ppid: Number(fields[1]), cmdline: readFileSync(`/proc/${dir}/cmdline`, 'utf8') });
    } catch {
      // The process ended while being read.
    }
  }
  return list;
}

/** The browser's process and all its descendants. */
function processTree(rootPid: number): Task[] {
  const all = tasks();
  const inTree = new Set([rootPid]);
  for (let size = 0; size !== inTree.size;) {
    size = inTree.size;
    for (const t of all) if (inTree.has(t.ppid)) inTree.add(t.pid);
  }
  return all.filter((t) => inTree.has(t.pid));
}

/** utime + stime of /proc/<pid>[/task/<tid>]/stat, in ms. */
function cpuMs(path: string): number {
  try {
    const stat = readFileSync(path, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
  } catch {
    return 0;
  }
}

/** All CPU time the browser's processes used so far (ended child processes are not counted). */
export function browserCpuMs(rootPid: number): number {
  return processTree(rootPid).reduce((sum, t) => sum + cpuMs(`/proc/${t.pid}/stat`), 0);
}

/** CPU time of the extension's service-worker thread(s), in the extension renderer process. */
export function extensionWorkerCpuMs(rootPid: number): number {
  let sum = 0;
  for (const t of processTree(rootPid)) {
    if (!t.cmdline.includes('--extension-process')) continue;
    for (const tid of readdirSync(`/proc/${t.pid}/task`)) {
      const name = /\((.*)\)/.exec(readFileSync(`/proc/${t.pid}/task/${tid}/stat`, 'utf8'))?.[1] ?? '';
      if (name.startsWith('ServiceWorker')) sum += cpuMs(`/proc/${t.pid}/task/${tid}/stat`);
    }
  }
  return sum;
}
