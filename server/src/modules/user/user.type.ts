import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { connectionTypes } from '../../graphql/connection.js';
import type { User } from './user.entity.js';

export enum UserStatusEnum {
  ACTIVE = 'active',
  DEACTIVATED = 'deactivated',
}
registerEnumType(UserStatusEnum, { name: 'UserStatus' });

@ObjectType('User', { simpleResolvers: true })
export class UserNode {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    nullable: true,
    description:
      'Sign-in address. Null with a FORBIDDEN error when hidden from the caller (field exposure).',
  })
  email!: string;
  @Field(() => String) displayName!: string;
  @Field(() => UserStatusEnum) status!: UserStatusEnum;
  @Field(() => Int, {
    nullable: true,
    description:
      'Hourly rate in minor units (cents) for this person’s work where neither the task nor the project sets one (unset too: the site’s default). Null with a FORBIDDEN error when hidden from the caller (field exposure).',
  })
  hourlyRate!: number | null;
  @Field(() => DateTimeISOResolver) createdAt!: Date;
  @Field(() => DateTimeISOResolver, {
    nullable: true,
    description: 'When the person’s personal data was erased (they stay, pseudonymised).',
  })
  erasedAt!: Date | null;

  static from(user: User): UserNode {
    return Object.assign(new UserNode(), {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      status: user.status as UserStatusEnum,
      hourlyRate: user.hourlyRate ?? null,
      createdAt: user.createdAt,
      erasedAt: user.erasedAt ?? null,
    });
  }
}

export const { Connection: UserConnection } = connectionTypes('User', UserNode);
