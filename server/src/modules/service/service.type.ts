import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';
import { connectionTypes } from '../../graphql/connection.js';
import { UserError } from '../../graphql/user-error.js';
import { servicePermissions } from './token.service.js';
import type { Service, ServiceToken } from './service.entity.js';

@ObjectType('ServiceToken', {
  simpleResolvers: true,
  description: 'An API token of a service. The secret itself is shown once, at creation.',
})
export class ServiceTokenNode {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String, { description: 'The first characters of the secret, to recognise it.' })
  prefix!: string;
  @Field(() => Boolean, { description: 'A short-lived token minted for “preview as service”.' })
  preview!: boolean;
  @Field(() => DateTimeISOResolver) createdAt!: Date;
  @Field(() => DateTimeISOResolver, { nullable: true }) expiresAt!: Date | null;
  @Field(() => DateTimeISOResolver, { nullable: true }) lastUsedAt!: Date | null;
  @Field(() => String, { nullable: true }) lastUsedIp!: string | null;
  @Field(() => DateTimeISOResolver, { nullable: true }) revokedAt!: Date | null;
  @Field(() => Boolean, { description: 'Neither revoked nor expired.' }) active!: boolean;

  static from(token: ServiceToken): ServiceTokenNode {
    return Object.assign(new ServiceTokenNode(), {
      id: token.id,
      name: token.name,
      prefix: token.prefix,
      preview: token.preview,
      createdAt: token.createdAt,
      expiresAt: token.expiresAt ?? null,
      lastUsedAt: token.lastUsedAt ?? null,
      lastUsedIp: token.lastUsedIp ?? null,
      revokedAt: token.revokedAt ?? null,
      active: !token.revokedAt && (!token.expiresAt || token.expiresAt.getTime() > Date.now()),
    });
  }
}

@ObjectType('Service', {
  simpleResolvers: true,
  description: 'A partner integration with its own API tokens, permissions and field exposure.',
})
export class ServiceNode {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) description!: string;
  @Field(() => String, { description: 'Who to call about this integration.' }) contact!: string;
  @Field(() => [String], {
    description: 'Addresses or CIDR ranges its tokens work from; empty means anywhere.',
  })
  allowedIps!: string[];
  @Field(() => [String], { description: 'Permissions (resource.action) the service holds.' })
  permissions!: string[];
  @Field(() => Int, { description: 'Requests per minute before RATE_LIMITED.' })
  requestsPerMinute!: number;
  @Field(() => DateTimeISOResolver) createdAt!: Date;

  static from(service: Service): ServiceNode {
    return Object.assign(new ServiceNode(), {
      id: service.id,
      name: service.name,
      description: service.description,
      contact: service.contact,
      allowedIps: [...service.allowedIps],
      permissions: [...servicePermissions(service.permissions)].sort(),
      requestsPerMinute: service.requestsPerMinute,
      createdAt: service.createdAt,
    });
  }
}

export const { Connection: ServiceConnection } = connectionTypes('Service', ServiceNode);

@ObjectType('ServicePayload', { simpleResolvers: true })
export class ServicePayload {
  @Field(() => ServiceNode, { nullable: true }) service!: ServiceNode | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType('ServiceTokenCreatePayload', { simpleResolvers: true })
export class ServiceTokenCreatePayload {
  @Field(() => ServiceTokenNode, { nullable: true }) token!: ServiceTokenNode | null;
  @Field(() => String, {
    nullable: true,
    description: 'The token itself. Shown this once: Horae keeps only a hash of it.',
  })
  secret!: string | null;
  @Field(() => [UserError]) errors!: UserError[];
}

@ObjectType('ServiceTokenPayload', { simpleResolvers: true })
export class ServiceTokenPayload {
  @Field(() => ServiceTokenNode, { nullable: true }) token!: ServiceTokenNode | null;
  @Field(() => [UserError]) errors!: UserError[];
}
