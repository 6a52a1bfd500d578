import { can, type RuleTree } from '../../graphql/rules.js';

export const serviceRules: RuleTree = {
  Query: { services: can('service.read'), service: can('service.read') },
  Mutation: {
    serviceCreate: can('service.manage'),
    serviceUpdate: can('service.manage'),
    serviceDelete: can('service.manage'),
    serviceTokenCreate: can('service.manage'),
    serviceTokenRevoke: can('service.manage'),
    servicePreviewStart: can('service.manage'),
  },
  Service: { tokens: can('service.read') },
};
