// What the figures were measured on: they mean little without it, and the
// machine is shared, so the load when the run started is recorded too.
import os from 'node:os';

export function describeMachine() {
  const cpus = os.cpus();
  const models = [...new Set(cpus.map((c) => c.model.trim()))].join(', ') || 'unknown CPU';
  return {
    cpus: `${cpus.length} × ${models}`,
    memory: `${(os.totalmem() / 1024 ** 3).toFixed(1)} GB`,
    node: process.version,
    os: `${os.type()} ${os.release()} (${os.arch()})`,
    load: os.loadavg().map((n) => n.toFixed(2)).join(' / '),
    date: new Date().toISOString().slice(0, 10),
  };
}
