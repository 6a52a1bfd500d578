import { can, isAuthenticated, type RuleTree } from '../../graphql/rules.js';

export const projectRules: RuleTree = {
  Query: {
    projects: can('project.read'),
    project: can('project.read'),
    tasks: can('project.read'),
  },
  Mutation: {
    projectCreate: can('project.create'),
    projectUpdate: can('project.update'),
    // Tasks are part of a project: managing them is changing the project.
    taskCreate: can('project.update'),
    taskUpdate: can('project.update'),
  },
  // Related records need their own read permission: an employee sees a project's customer and
  // tasks, but not the people on it (names and emails) without user.read.
  Project: {
    customer: can('customer.read'),
    lead: can('user.read'),
    members: can('user.read'),
    tasks: isAuthenticated,
  },
  Task: { project: isAuthenticated },
};
