import { can, isAuthenticated, type RuleTree } from '../../graphql/rules.js';

export const invoiceRules: RuleTree = {
  Query: { invoices: can('invoice.read'), invoice: can('invoice.read') },
  Mutation: {
    invoiceCreateDraft: can('invoice.create'),
    invoiceIssue: can('invoice.issue'),
    invoiceVoid: can('invoice.void'),
  },
  // Reaching an Invoice at all already took invoice.read (or one of the invoice mutations).
  Invoice: { customer: isAuthenticated, lines: isAuthenticated },
  InvoiceLine: { project: isAuthenticated, task: isAuthenticated },
};
