import { isUuid } from '@horae/shared/validation';
import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { requireActor } from '../../core/context.js';
import { UserError } from '../../graphql/user-error.js';
import { Project } from './project.entity.js';
import { projectLoaders } from './project.loaders.js';
import { ProjectNode, TaskNode, TaskPayload } from './project.type.js';
import { createTask, updateTask, type TaskResult } from './task.service.js';

@InputType('TaskCreateInput')
class TaskCreateInput {
  @Field(() => ID, { description: 'A project of the site that is not archived.' })
  projectId!: string;
  @Field(() => String, { description: 'Unique within the project, at most 200 characters.' })
  name!: string;
  @Field(() => Boolean, {
    nullable: true,
    description: "Defaults to the project's billableByDefault.",
  })
  billable?: boolean | null;
  @Field(() => Int, {
    nullable: true,
    description: "Minor units (cents) per hour; overrides the project's rate.",
  })
  hourlyRate?: number | null;
}

@InputType('TaskUpdateInput', {
  description:
    "Changes the fields given. Omitted fields keep their value; a null hourlyRate falls back to the project's rate.",
})
class TaskUpdateInput {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) name?: string | null;
  @Field(() => Boolean, { nullable: true }) billable?: boolean | null;
  @Field(() => Int, { nullable: true }) hourlyRate?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'Archive (true) or restore (false).' })
  archived?: boolean | null;
}

function toPayload(result: TaskResult): TaskPayload {
  return Object.assign(new TaskPayload(), {
    task: result.task ? TaskNode.from(result.task) : null,
    errors: result.errors,
  });
}

@Resolver(() => TaskNode)
export class TaskResolver {
  @Query(() => [TaskNode], {
    description: 'Tasks of a project, by name; empty when there is no such project.',
  })
  async tasks(
    @Arg('projectId', () => ID) projectId: string,
    @Arg('includeArchived', () => Boolean, { nullable: true, defaultValue: false })
    includeArchived: boolean | null,
    @Ctx() ctx: RequestContext,
  ): Promise<TaskNode[]> {
    if (!isUuid(projectId)) return [];
    const tasks = await projectLoaders(ctx).tasksByProject.load(projectId);
    return tasks.filter(t => includeArchived || !t.archived).map(t => TaskNode.from(t));
  }

  @FieldResolver(() => ProjectNode)
  async project(@Root() task: TaskNode, @Ctx() ctx: RequestContext): Promise<ProjectNode> {
    const project = await ctx.loadById(Project, task.projectId);
    if (!project) throw new Error(`Task ${task.id} has no project ${task.projectId}`);
    return ProjectNode.from(project);
  }

  @Mutation(() => TaskPayload, { description: 'Adds a task to a project.' })
  async taskCreate(
    @Arg('input', () => TaskCreateInput) input: TaskCreateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TaskPayload> {
    return toPayload(await createTask(ctx, requireActor(ctx), input));
  }

  @Mutation(() => TaskPayload, { description: 'Changes, archives or restores a task.' })
  async taskUpdate(
    @Arg('input', () => TaskUpdateInput) input: TaskUpdateInput,
    @Ctx() ctx: RequestContext,
  ): Promise<TaskPayload> {
    if (!isUuid(input.id)) {
      return toPayload({
        task: null,
        errors: [UserError.of('NOT_FOUND', 'There is no such task on this site.', 'id')],
      });
    }
    return toPayload(await updateTask(ctx, requireActor(ctx), input));
  }
}
