import { Field, ID, ObjectType } from 'type-graphql';
import type { Site } from './site.entity.js';

@ObjectType('Site', { simpleResolvers: true })
export class SiteNode {
  @Field(() => ID) id!: string;
  @Field(() => String) slug!: string;
  @Field(() => String) name!: string;
  @Field(() => String, {
    description: 'ISO 4217 code the site’s default rate and people’s own rates are entered in.',
  })
  currency!: string;

  static from(site: Site): SiteNode {
    return Object.assign(new SiteNode(), {
      id: site.id,
      slug: site.slug,
      name: site.name,
      currency: site.currency,
    });
  }
}
