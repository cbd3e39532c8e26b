import { SendLanes } from './send-lanes';

/** A send that is answered when the test says so, recording what started and what ended. */
function heldSends() {
  const started: string[] = [];
  const ended: string[] = [];
  const answers = new Map<string, () => void>();
  const send = (item: string) =>
    new Promise<void>((resolve) => {
      started.push(item);
      answers.set(item, () => {
        ended.push(item);
        resolve();
      });
    });
  const answer = async (item: string) => {
    const done = answers.get(item);
    if (!done) throw new Error(`${item} was not started`);
    done();
    await new Promise((resolve) => setImmediate(resolve));
  };
  return { started, ended, send, answer };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('SendLanes', () => {
  it('sends as many at once as its width, and starts the next as soon as one ends', async () => {
    const { started, send, answer } = heldSends();
    const lanes = new SendLanes(2, send);
    for (const who of ['a', 'b', 'c', 'd']) lanes.add(who, `${who}1`);
    await turn();
    expect(started).toEqual(['a1', 'b1']);
    expect(lanes.backlog).toBe(2);
    await answer('b1');
    expect(started).toEqual(['a1', 'b1', 'c1']);
    await answer('a1');
    await answer('c1');
    await answer('d1');
    await lanes.close();
    expect(lanes.backlog).toBe(0);
  });

  it("keeps one recipient's messages in order, one at a time, even when added while the first is going", async () => {
    const { started, ended, send, answer } = heldSends();
    const lanes = new SendLanes(3, send);
    lanes.add('a', 'a1');
    await turn();
    lanes.add('a', 'a2');
    lanes.add('b', 'b1');
    await turn();
    // a2 waits for a1 although a worker is free; b1 does not wait for anybody.
    expect(started).toEqual(['a1', 'b1']);
    await answer('b1');
    await answer('a1');
    expect(started).toEqual(['a1', 'b1', 'a2']);
    await answer('a2');
    await lanes.close();
    expect(ended).toEqual(['b1', 'a1', 'a2']);
  });

  it('opens a new lane for a recipient whose earlier messages all went', async () => {
    const { started, send, answer } = heldSends();
    const lanes = new SendLanes(1, send);
    lanes.add('a', 'a1');
    await turn();
    await answer('a1');
    lanes.add('a', 'a2');
    await turn();
    expect(started).toEqual(['a1', 'a2']);
    await answer('a2');
    await lanes.close();
  });

  it('tells when no more than a given number wait to be started', async () => {
    const { send, answer } = heldSends();
    const lanes = new SendLanes(1, send);
    for (const item of ['a1', 'b1', 'c1']) lanes.add(item[0], item);
    await turn();
    let below = false;
    const waited = lanes.atMost(1).then(() => (below = true));
    await turn();
    expect(below).toBe(false);
    await answer('a1');
    await waited;
    expect(lanes.backlog).toBe(1);
    await answer('b1');
    await answer('c1');
    await lanes.close();
  });

  it('sends everything added before closing, then refuses more', async () => {
    const sent: string[] = [];
    const lanes = new SendLanes(2, async (item: string) => {
      await turn();
      sent.push(item);
    });
    for (let i = 0; i < 10; i++) lanes.add(`r${i % 3}`, `m${i}`);
    await lanes.close();
    expect(sent).toHaveLength(10);
    // Each recipient's in the order added.
    for (const r of [0, 1, 2]) {
      const mine = sent.filter((m) => Number(m.slice(1)) % 3 === r);
      expect(mine).toEqual([...mine].sort((x, y) => Number(x.slice(1)) - Number(y.slice(1))));
    }
    expect(() => lanes.add('r0', 'late')).toThrow('closed');
  });

  it('goes on after a send throws, and close rethrows the first failure', async () => {
    const sent: string[] = [];
    const lanes = new SendLanes(1, async (item: string) => {
      if (item === 'bad') throw new Error('boom');
      sent.push(item);
    });
    lanes.add('a', 'bad');
    lanes.add('a', 'a2');
    lanes.add('b', 'b1');
    await expect(lanes.close()).rejects.toThrow('boom');
    expect(sent).toEqual(['a2', 'b1']);
  });
});
