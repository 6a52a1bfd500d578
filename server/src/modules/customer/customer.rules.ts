import { can, type RuleTree } from '../../graphql/rules.js';

export const customerRules: RuleTree = {
  Query: { customers: can('customer.read'), customer: can('customer.read') },
  Mutation: {
    customerCreate: can('customer.create'),
    customerUpdate: can('customer.update'),
  },
  Customer: { projects: can('project.read') },
};
