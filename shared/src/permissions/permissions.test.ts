import { describe, expect, it } from 'vitest';
import {
  ALL_PERMISSIONS,
  BUILT_IN_GROUP_PERMISSIONS,
  combineGrants,
  describePermission,
  hasPermission,
  isPermission,
} from './index.js';

describe('permission catalog', () => {
  it('names every permission resource.action, once', () => {
    expect(ALL_PERMISSIONS.every(p => /^[a-z][a-zA-Z]*\.[a-z][a-zA-Z]*$/.test(p))).toBe(true);
    expect(new Set(ALL_PERMISSIONS).size).toBe(ALL_PERMISSIONS.length);
    expect(ALL_PERMISSIONS).toContain('user.read');
  });

  it('gives administrators everything site-wide, managers their team and employees their own time', () => {
    const admin = combineGrants(BUILT_IN_GROUP_PERMISSIONS.administrators);
    expect([...admin.keys()].sort()).toEqual([...ALL_PERMISSIONS].sort());
    expect([...admin.values()].every(scope => scope === 'all')).toBe(true);
    const manager = combineGrants(BUILT_IN_GROUP_PERMISSIONS.managers);
    expect(manager.get('timesheet.approve')).toBe('team');
    expect(manager.get('user.update')).toBeUndefined();
    const employee = combineGrants(BUILT_IN_GROUP_PERMISSIONS.employees);
    expect(employee.get('timeEntry.read')).toBe('own');
    expect(employee.get('timesheet.approve')).toBeUndefined();
    expect(employee.get('user.read')).toBeUndefined();
  });

  it('keeps the widest scope when groups overlap and ignores unknown grants', () => {
    const combined = combineGrants([
      'timeEntry.read:own',
      'timeEntry.read:team',
      'bogus.x',
      'user.read:own',
    ]);
    expect(combined).toEqual(new Map([['timeEntry.read', 'team']]));
  });

  it('recognises, describes and checks permissions', () => {
    expect(isPermission('user.read')).toBe(true);
    expect(isPermission('user.fly')).toBe(false);
    expect(describePermission('user.read')).toBe('See the people of the site');
    expect(hasPermission(['group.read'], 'user.read')).toBe(false);
    expect(hasPermission(['group.read', 'user.read'], 'user.read')).toBe(true);
  });
});
