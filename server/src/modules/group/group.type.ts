import { Field, ID, ObjectType } from 'type-graphql';
import { connectionTypes } from '../../graphql/connection.js';
import type { Group } from './group.entity.js';

@ObjectType('Group', { simpleResolvers: true })
export class GroupNode {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => Boolean, {
    description: 'Built-in groups exist on every site and cannot be deleted.',
  })
  builtIn!: boolean;
  @Field(() => Boolean, {
    description: 'The built-in Administrators: every permission and every field, always.',
  })
  administrators!: boolean;
  @Field(() => [String], { description: 'Permissions (resource.action) granted to members.' })
  permissions!: string[];

  static from(group: Group): GroupNode {
    return Object.assign(new GroupNode(), {
      id: group.id,
      name: group.name,
      builtIn: group.builtIn !== null && group.builtIn !== undefined,
      administrators: group.builtIn === 'administrators',
      permissions: [...group.permissions].sort(),
    });
  }
}

export const { Connection: GroupConnection } = connectionTypes('Group', GroupNode);
