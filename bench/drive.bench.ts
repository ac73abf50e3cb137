import 'fake-indexeddb/auto';
import { DriveTestServer } from '../tests/drive-server/server';
import { addPrint, connect, makeEngine, runUntilIdle } from '../tests/unit/drive/helpers';

/**
 * Drive sync against the local Drive server (loopback, fake-indexeddb): uploading 200 prints, a teammate
 * pulling them, and an idle pull (nothing changed). Requests per print is the figure that matters for Google's
 * quotas; the times show the engine's own overhead.
 */
export async function run(): Promise<void> {
  const server = new DriveTestServer();
  await server.start();
  try {
    const ana = makeEngine(server, { pullIntervalMs: 24 * 3_600_000 });
    await connect(ana);
    const n = 200;
    for (let i = 0; i < n; i++) await addPrint(ana.db, `b${i}`, 20_000);
    let requests = server.log.length;
    let t = performance.now();
    await runUntilIdle(ana, 100);
    const push = performance.now() - t;
    const pushRequests = server.log.length - requests;

    const bia = makeEngine(server, { makeThumbnail: async (png) => png.slice(0, 1_000), thumbsPerRun: 1_000 });
    await bia.engine.saveState({ signedIn: true });
    await bia.engine.useRootFolder((await ana.engine.state()).rootFolderId!);
    requests = server.log.length;
    t = performance.now();
    await bia.engine.run({ forcePull: true });
    await runUntilIdle(bia, 100);
    const pull = performance.now() - t;
    const pullRequests = server.log.length - requests;

    requests = server.log.length;
    t = performance.now();
    bia.clock.now += 60_000;
    await bia.engine.pull();
    const idle = performance.now() - t;
    const idleRequests = server.log.length - requests;

    console.log(`  push ${n} prints (20 kB, multipart):  ${push.toFixed(0)} ms, ${(pushRequests / n).toFixed(2)} requests/print`);
    console.log(`  teammate pulls ${n} (meta + thumbs):  ${pull.toFixed(0)} ms, ${(pullRequests / n).toFixed(2)} requests/print`);
    console.log(`  idle pull (nothing changed):       ${idle.toFixed(0)} ms, ${idleRequests} requests`);
    ana.db.close();
    bia.db.close();
  } finally {
    await server.stop();
  }
}
