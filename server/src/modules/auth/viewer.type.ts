import { Field, ObjectType } from 'type-graphql';
import { GroupNode } from '../group/group.type.js';
import { SiteNode } from '../site/site.type.js';
import { UserNode } from '../user/user.type.js';

@ObjectType('Viewer', {
  simpleResolvers: true,
  description: 'The signed-in user and what they may do.',
})
export class Viewer {
  @Field(() => UserNode) user!: UserNode;
  @Field(() => SiteNode) site!: SiteNode;
  @Field(() => [GroupNode]) groups!: GroupNode[];
  @Field(() => Boolean, { description: 'Two-step sign-in (TOTP) is on.' }) mfaEnabled!: boolean;
  @Field(() => Boolean, {
    description:
      'The site requires two-step sign-in and it is not on yet: everything but the account is refused.',
  })
  mfaEnrollmentRequired!: boolean;
  @Field(() => [String], { description: 'Permissions (resource.action) the viewer holds.' })
  can!: string[];
}
