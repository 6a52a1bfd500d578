import { describe, expect, it } from 'vitest';
import {
  ALL_PERMISSIONS,
  BUILT_IN_GROUP_PERMISSIONS,
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

  it('gives administrators everything, managers a read-only subset and employees nothing extra', () => {
    expect([...BUILT_IN_GROUP_PERMISSIONS.administrators].sort()).toEqual(
      [...ALL_PERMISSIONS].sort(),
    );
    expect(BUILT_IN_GROUP_PERMISSIONS.managers.every(p => p.endsWith('.read'))).toBe(true);
    expect(BUILT_IN_GROUP_PERMISSIONS.employees).toEqual([]);
  });

  it('recognises, describes and checks permissions', () => {
    expect(isPermission('user.read')).toBe(true);
    expect(isPermission('user.fly')).toBe(false);
    expect(describePermission('user.read')).toBe('See the people of the site');
    expect(hasPermission(['group.read'], 'user.read')).toBe(false);
    expect(hasPermission(['group.read', 'user.read'], 'user.read')).toBe(true);
  });
});
