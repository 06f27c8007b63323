// A learner's store on a shared computer: each learner a school's system launches sees only
// their own keys, the same learner finds theirs again, and the LMS's id is not written down.
import { describe, expect, it } from 'vitest';
import { learnerStore, MemoryStore } from '../../src/platform/storage';

/** The device's storage, with the keys it holds in sight. */
class Device extends MemoryStore {
  readonly keys = new Set<string>();
  override setItem(key: string, value: string): void {
    super.setItem(key, value);
    this.keys.add(key);
  }
  override removeItem(key: string): void {
    super.removeItem(key);
    this.keys.delete(key);
  }
}

describe('learnerStore', () => {
  it('keeps each learner’s saves apart, and gives a learner back their own', () => {
    const device = new Device();
    learnerStore(device, 'stu-0042').setItem('asymmetry:save:carlos', 'a’s run');
    expect(learnerStore(device, 'stu-0043').getItem('asymmetry:save:carlos')).toBeNull();
    expect(device.getItem('asymmetry:save:carlos'), 'nor is it the device’s own save').toBeNull();
    expect(learnerStore(device, 'stu-0042').getItem('asymmetry:save:carlos')).toBe('a’s run');
    learnerStore(device, 'stu-0043').removeItem('asymmetry:save:carlos');
    expect(learnerStore(device, 'stu-0042').getItem('asymmetry:save:carlos')).toBe('a’s run');
    learnerStore(device, 'stu-0042').removeItem('asymmetry:save:carlos');
    expect([...device.keys]).toEqual([]);
  });

  it('writes no learner id into the keys', () => {
    const device = new Device();
    const learner = 'https://lms.example.org/ alex.morgan@school.example';
    learnerStore(device, learner).setItem('asymmetry:save:carlos', '{}');
    const [key] = [...device.keys];
    expect(key).toMatch(/^asymmetry:learner:[0-9a-f]+:asymmetry:save:carlos$/);
    expect(key).not.toContain('alex');
  });
});
