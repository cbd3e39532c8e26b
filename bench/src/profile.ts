// Reads a V8 .cpuprofile (node --cpu-prof) and tells where the API spent its CPU: self time by
// function and by package (node_modules/<package>, our code, node internals, GC, idle).
import { readFileSync } from 'fs';

interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}

interface CpuProfile {
  nodes: CpuNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileEntry {
  name: string;
  ms: number;
  percent: number;
}

export interface ProfileSummary {
  file: string;
  /** CPU time sampled, idle excluded (ms). */
  busyMs: number;
  wallMs: number;
  byPackage: ProfileEntry[];
  byFunction: ProfileEntry[];
}

function packageOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node:internals';
  const ours = /\/dist\/api\/(apps\/api\/src\/[^/]+|libs\/[^/]+)/.exec(url);
  if (ours) return `ours: ${ours[1]}`;
  return url;
}

function shortUrl(url: string): string {
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) return url.slice(nm + 'node_modules/'.length);
  const dist = url.indexOf('/dist/api/');
  if (dist >= 0) return url.slice(dist + '/dist/api/'.length);
  return url.replace(/^file:\/\//, '');
}

/** A stretch of time on the process.hrtime clock (ms), which V8's profile timestamps share on Linux. */
export interface Window {
  fromMs: number;
  toMs: number;
}

/** Self time by function and package; with windows, only the samples inside them (the measured runs, not the boot). */
export function summarizeProfile(file: string, windows: Window[] = [], top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  let at = profile.startTime;
  const inside = (us: number) => !windows.length || windows.some((w) => us >= w.fromMs * 1000 && us <= w.toMs * 1000);
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    const delta = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (inside(at)) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + delta);
  }
  const fn = new Map<string, number>();
  const pkg = new Map<string, number>();
  let busy = 0;
  for (const [id, ms] of self) {
    const node = byId.get(id) as CpuNode;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)') continue;
    busy += ms;
    const name = `${functionName || '(anonymous)'} ${url ? `${shortUrl(url)}:${lineNumber + 1}` : ''}`.trim();
    fn.set(name, (fn.get(name) ?? 0) + ms);
    const p = packageOf(url, functionName);
    pkg.set(p, (pkg.get(p) ?? 0) + ms);
  }
  const entries = (map: Map<string, number>) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, ms]) => ({ name, ms: Math.round(ms), percent: Math.round((1000 * ms) / busy) / 10 }));
  const wall = windows.length ? windows.reduce((a, w) => a + (w.toMs - w.fromMs), 0) : (profile.endTime - profile.startTime) / 1000;
  return {
    file,
    busyMs: Math.round(busy),
    wallMs: Math.round(wall),
    byPackage: entries(pkg),
    byFunction: entries(fn),
  };
}

export function profileMarkdown(title: string, s: ProfileSummary): string {
  const lines = [`### CPU profile: ${title}`, '', `${s.busyMs} ms on CPU in ${s.wallMs} ms (${s.file})`, '', '| package | self ms | % |', '|---|---:|---:|'];
  for (const e of s.byPackage) lines.push(`| ${e.name} | ${e.ms} | ${e.percent} |`);
  lines.push('', '| function | self ms | % |', '|---|---:|---:|');
  for (const e of s.byFunction) lines.push(`| \`${e.name.replace(/\|/g, '\\|')}\` | ${e.ms} | ${e.percent} |`);
  return lines.join('\n');
}
