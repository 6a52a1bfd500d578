import { chain } from 'graphql-shield';
import { can, recentlyAuthenticated, type RuleTree } from '../../graphql/rules.js';

/** Issuing tokens and changing what a service may do: a recent proof of who it is (SECURITY.md). */
const manageRecently = chain(can('service.manage'), recentlyAuthenticated);

export const serviceRules: RuleTree = {
  Query: { services: can('service.read'), service: can('service.read') },
  Mutation: {
    serviceCreate: manageRecently,
    serviceUpdate: manageRecently,
    serviceDelete: manageRecently,
    serviceTokenCreate: manageRecently,
    // Revoking only takes access away: it must stay quick when a token has leaked.
    serviceTokenRevoke: can('service.manage'),
    // A preview token acts as the service: it is a token like any other.
    servicePreviewStart: manageRecently,
  },
  Service: { tokens: can('service.read') },
};
