import { SafeIntResolver } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { connectionTypes } from '../../graphql/connection.js';
import { UserError } from '../../graphql/user-error.js';
import type { Project, Task } from './project.entity.js';

@ObjectType('Project', { simpleResolvers: true })
export class ProjectNode {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'Short upper-case code, unique per site (e.g. ACME-WEB).' })
  code!: string;
  @Field(() => Boolean, { description: 'Whether new time on the project is billable by default.' })
  billableByDefault!: boolean;
  @Field(() => Int, { nullable: true, description: 'Budget in minutes of work.' })
  budgetMinutes!: number | null;
  @Field(() => SafeIntResolver, {
    nullable: true,
    description: "Budget in minor units (cents) of the customer's currency (may exceed 2^31).",
  })
  budgetAmount!: number | null;
  @Field(() => Int, {
    nullable: true,
    description:
      'Hourly rate in minor units (cents); tasks may override it, and when neither sets one the person’s or site’s rate applies.',
  })
  hourlyRate!: number | null;
  @Field(() => String, { nullable: true, description: 'First day (YYYY-MM-DD).' })
  startsOn!: string | null;
  @Field(() => String, { nullable: true, description: 'Last day (YYYY-MM-DD).' })
  endsOn!: string | null;
  @Field(() => Boolean, {
    description: 'Archived projects take no new time and are hidden unless asked for.',
  })
  archived!: boolean;

  customerId!: string;
  leadId!: string | null;

  static from(project: Project): ProjectNode {
    return Object.assign(new ProjectNode(), {
      id: project.id,
      name: project.name,
      code: project.code,
      billableByDefault: project.billableByDefault,
      budgetMinutes: project.budgetMinutes ?? null,
      budgetAmount: project.budgetAmount ?? null,
      hourlyRate: project.hourlyRate ?? null,
      startsOn: project.startsOn ?? null,
      endsOn: project.endsOn ?? null,
      archived: project.archived,
      customerId: project.customer.id,
      leadId: project.lead?.id ?? null,
    });
  }
}

export const { Connection: ProjectConnection } = connectionTypes('Project', ProjectNode);

@ObjectType('Task', { simpleResolvers: true, description: 'A kind of work within a project.' })
export class TaskNode {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean, { description: 'Whether time on the task is billable by default.' })
  billable!: boolean;
  @Field(() => Int, {
    nullable: true,
    description: "Hourly rate in minor units (cents); overrides the project's rate when set.",
  })
  hourlyRate!: number | null;
  @Field(() => Boolean) archived!: boolean;

  projectId!: string;

  static from(task: Task): TaskNode {
    return Object.assign(new TaskNode(), {
      id: task.id,
      name: task.name,
      billable: task.billable,
      hourlyRate: task.hourlyRate ?? null,
      archived: task.archived,
      projectId: task.project.id,
    });
  }
}

@ObjectType('ProjectPayload', { simpleResolvers: true })
export class ProjectPayload {
  @Field(() => ProjectNode, { nullable: true }) project!: ProjectNode | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType('TaskPayload', { simpleResolvers: true })
export class TaskPayload {
  @Field(() => TaskNode, { nullable: true }) task!: TaskNode | null;
  @Field(() => [UserError]) errors!: UserError[];
}
