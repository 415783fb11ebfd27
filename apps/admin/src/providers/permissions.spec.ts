import { ROLES, canRoleAccess, isRole } from './permissions';

describe('canRoleAccess', () => {
  it('lets admins do everything', () => {
    for (const action of ['list', 'show', 'create', 'edit', 'delete']) expect(canRoleAccess('admin', action, 'Agent')).toBe(true);
    expect(canRoleAccess('admin', 'list', 'imports')).toBe(true);
  });

  it('lets the other roles read the organisation and change nothing', () => {
    for (const role of ROLES.filter((role) => role !== 'admin')) {
      for (const resource of ['Agent', 'Team', 'Group', 'FieldDefinition', 'settings']) {
        expect(canRoleAccess(role, 'list', resource)).toBe(true);
        expect(canRoleAccess(role, 'show', resource)).toBe(true);
        expect(canRoleAccess(role, 'edit', resource)).toBe(false);
        expect(canRoleAccess(role, 'create', resource)).toBe(false);
        expect(canRoleAccess(role, 'delete', resource)).toBe(false);
      }
    }
  });

  it('keeps imports to admins', () => {
    expect(canRoleAccess('supervisor', 'list', 'imports')).toBe(false);
    expect(canRoleAccess('hr', 'list', 'ColumnMapping')).toBe(false);
  });

  it('refuses unknown resources and anonymous users', () => {
    expect(canRoleAccess('auditor', 'list', 'SomethingNew')).toBe(false);
    expect(canRoleAccess(null, 'list', 'Agent')).toBe(false);
  });

  it('recognises roles', () => {
    expect(isRole('hr')).toBe(true);
    expect(isRole('root')).toBe(false);
    expect(isRole(undefined)).toBe(false);
  });
});
