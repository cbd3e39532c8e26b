import { currentStage, type Stage } from './use-contest';

const stage = (id: string, startsAt: string, endsAt: string) => ({ id, startsAt, endsAt }) as Stage;

describe('the stage a contest page opens on', () => {
  const stages = [stage('prelims', '2030-12-01T00:00:00Z', '2030-12-10T00:00:00Z'), stage('final', '2030-12-15T00:00:00Z', '2031-01-01T00:00:00Z')];
  const at = (iso: string) => Date.parse(iso);

  it('is the stage running now, else the last that has started, else the first', () => {
    expect(currentStage(stages, at('2030-12-05T00:00:00Z'))?.id).toBe('prelims');
    expect(currentStage(stages, at('2030-12-12T00:00:00Z'))?.id).toBe('prelims');
    expect(currentStage(stages, at('2030-12-20T00:00:00Z'))?.id).toBe('final');
    expect(currentStage(stages, at('2031-02-01T00:00:00Z'))?.id).toBe('final');
    expect(currentStage(stages, at('2030-11-01T00:00:00Z'))?.id).toBe('prelims');
    expect(currentStage([], at('2030-11-01T00:00:00Z'))).toBeUndefined();
  });
});
