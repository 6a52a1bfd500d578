import { skipToken, useQuery } from '@apollo/client/react';
import { useCan } from '../auth/viewer-context';
import { useCustomerOptions } from '../customers/useCustomerOptions';
import { peopleOptionsQuery } from '../project-admin/operations';
import type { BudgetProject } from './BurnDownSection';
import { reportProjectOptionsQuery } from './operations';
import { projectLabel, type Row } from './report-columns';

type Option = { id: string; label: string };

/** What the filters offer: only the lists the viewer may read are asked for. */
export function useReportOptions(customerId: string) {
  const canCustomers = useCan('customer.read');
  const canProjects = useCan('project.read');
  const canPeople = useCan('user.read');
  const { customers, truncated } = useCustomerOptions(canCustomers);
  const projects = useQuery(
    reportProjectOptionsQuery,
    canProjects ? { variables: { customerId: customerId || null } } : skipToken,
  );
  const people = useQuery(
    peopleOptionsQuery,
    canPeople ? { variables: { search: null } } : skipToken,
  );

  const projectNodes = projects.data?.projects.nodes;
  return {
    customers: canCustomers
      ? (customers ?? []).map((c): Option => ({ id: c.id, label: c.name }))
      : undefined,
    projects: canProjects
      ? (projectNodes ?? []).map((p): Option => ({
          id: p.id,
          label: `${p.code} · ${p.name}${p.archived ? ' (archived)' : ''}`,
        }))
      : undefined,
    people: canPeople
      ? (people.data?.users.nodes ?? []).map((u): Option => ({ id: u.id, label: u.displayName }))
      : undefined,
    /** The currency of the chosen customer, or the one currency every customer uses. */
    currency: (() => {
      if (!customers) return null;
      if (customerId) return customers.find(c => c.id === customerId)?.currency ?? null;
      const currencies = new Set(customers.map(c => c.currency));
      return !truncated && currencies.size === 1 ? ([...currencies][0] ?? null) : null;
    })(),
    /** Projects with a time budget, from the project list or else from the report's rows. */
    budgetProjects: (weeklyRows: readonly Row[] | undefined): BudgetProject[] => {
      if (projectNodes) {
        return projectNodes.flatMap(p =>
          p.budgetMinutes != null
            ? [
                {
                  id: p.id,
                  label: projectLabel({ projectCode: p.code, projectName: p.name }),
                  budgetMinutes: p.budgetMinutes,
                },
              ]
            : [],
        );
      }
      const seen = new Map<string, BudgetProject>();
      for (const row of weeklyRows ?? []) {
        if (row.projectId && row.budgetMinutes != null && !seen.has(row.projectId)) {
          seen.set(row.projectId, {
            id: row.projectId,
            label: projectLabel(row),
            budgetMinutes: row.budgetMinutes,
          });
        }
      }
      return [...seen.values()];
    },
  };
}
