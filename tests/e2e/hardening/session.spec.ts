// Being a good guest: 200 tickets in a row with the sidebar open cause no console error and no growth of listeners, nodes or heap.
import { test, expect } from '../fixtures';
import { runSession } from './session';

test('200-ticket navigation session: no console error, listeners and memory stay flat', async ({ context }) => {
  test.setTimeout(240_000);
  const report = await runSession(context, 200);
  const first = report.samples[0]!;
  const last = report.samples.at(-1)!;
  console.log(
    `séance de 200 tickets : écouteurs ${first.listeners} → ${last.listeners}, nœuds ${first.nodes} → ${last.nodes}, ` +
      `tas ${first.heapMb.toFixed(1)} → ${last.heapMb.toFixed(1)} Mo`,
  );
  expect(report.consoleErrors).toEqual([]);
  expect(report.latenciesMs).toHaveLength(200);
  // Released on every ticket change: the counts after 200 tickets stay where they were after 20.
  expect(last.listeners).toBeLessThanOrEqual(first.listeners + 40);
  expect(last.nodes).toBeLessThanOrEqual(first.nodes * 1.25 + 200);
  expect(last.heapMb).toBeLessThanOrEqual(first.heapMb * 1.5 + 2);
});
