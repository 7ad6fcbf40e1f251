/** End-to-end cases: locations, the company, snapshots, custom fields, associations and relations, blogs. */
import { SEED, type Case } from '../harness';

export const OTHER_CASES: Case[] = [
  {
    subject: 'triggers.list_locations',
    does: 'lists the agency\'s sub-accounts',
    connections: ['agency'],
    expect: (out) => expect(out.map((l: any) => l.name).sort()).toEqual(['Acme Dental', 'Bright Smiles Orthodontics', 'Harbor Physio']),
  },
  {
    subject: 'triggers.list_locations',
    does: 'a sub-account connection is told it needs an agency connection, before any request',
    connections: ['sub-account'],
    fails: (err, t) => {
      expect(err.message).toMatch(/needs an agency connection/);
      expect(t.requests).toEqual([]);
    },
  },
  {
    subject: 'triggers.list_custom_fields',
    does: 'lists the contact custom fields',
    input: { model: 'contact' },
    expect: (out) => expect(out.map((f: any) => f.name)).toEqual(['Pincode', 'Favourite Colours', 'Anniversary']),
  },
  {
    subject: 'triggers.get_company',
    does: 'returns the agency',
    expect: (out) => {
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ id: SEED.companyId, name: 'Acme Agency' });
    },
  },
  {
    subject: 'triggers.list_snapshots',
    does: 'lists the agency\'s snapshots',
    expect: (out) => expect(out.map((s: any) => s.name)).toEqual(['Dental practice starter', 'Orthodontics funnel']),
  },
  {
    subject: 'creates.create_location',
    does: 'creates the sub-account from a snapshot, with its prospect',
    input: { name: 'Sunrise Dental', snapshotId: SEED.snapshotId, city: 'Montgomery', prospectFirstName: 'Lee', prospectLastName: 'Park', prospectEmail: 'lee@sunrise.example.com' },
    expect: (out, t) => {
      expect(out).toMatchObject({ name: 'Sunrise Dental', companyId: SEED.companyId, city: 'Montgomery' });
      expect(t.state.table('locations').get(out.id)).toMatchObject({ name: 'Sunrise Dental', snapshotId: SEED.snapshotId, firstName: 'Lee' });
    },
  },
  {
    subject: 'searches.find_location_by_id',
    does: 'finds the sub-account (a sub-account connection: its own; agency: the one asked for)',
    input: ({ connection }) => (connection === 'agency' ? { locationId: SEED.secondLocationId } : {}),
    expect: (out, t) =>
      expect(out).toEqual([expect.objectContaining({ id: t.connection === 'agency' ? SEED.secondLocationId : SEED.locationId })]),
  },
  {
    subject: 'triggers.find_associations',
    does: 'lists the associations',
    expect: (out) => expect(out.map((a: any) => a.key)).toEqual(['patient_guardian', 'contact_business']),
  },
  {
    subject: 'triggers.get_association',
    does: 'returns the association',
    input: { associationId: SEED.associationId },
    expect: (out) => {
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ id: SEED.associationId, key: 'patient_guardian', firstObjectLabel: 'Patient' });
    },
  },
  {
    subject: 'triggers.get_association_key',
    does: 'returns the association with that key',
    input: { key_name: 'patient_guardian' },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.associationId, secondObjectLabel: 'Guardian' })]),
  },
  {
    subject: 'triggers.get_association_by_keys',
    does: 'lists the associations of the business object',
    input: { objectKey: 'business' },
    expect: (out) => expect(out.map((a: any) => a.key)).toEqual(['contact_business']),
  },
  {
    subject: 'triggers.get_relations_by_record',
    does: 'lists the record\'s relations',
    input: { recordId: SEED.contacts.john },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.relationId, firstRecordId: SEED.contacts.maria, secondRecordId: SEED.contacts.john })]),
  },
  {
    subject: 'creates.create_association',
    does: 'creates the association with the keys it was given',
    input: { key: 'referrer_referral', firstObjectKey: 'contact', firstObjectLabel: 'Referrer', secondObjectKey: 'contact', secondObjectLabel: 'Referral' },
    expect: (out, t) => {
      expect(out).toMatchObject({ key: 'referrer_referral', firstObjectLabel: 'Referrer', secondObjectLabel: 'Referral', locationId: SEED.locationId });
      expect(t.state.table('associations').get(out.id)).toMatchObject({ key: 'referrer_referral' });
    },
  },
  {
    subject: 'creates.update_association',
    does: 'changes the labels',
    input: { associationId: SEED.associationId, firstObjectLabel: 'Child', secondObjectLabel: 'Parent' },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.associationId, firstObjectLabel: 'Child', secondObjectLabel: 'Parent', key: 'patient_guardian' });
      expect(t.state.table('associations').get(SEED.associationId)!.firstObjectLabel).toBe('Child');
    },
  },
  {
    subject: 'creates.delete_association',
    does: 'deletes the association and its relations',
    input: { associationId: SEED.associationId },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.associationId, deleted: true });
      expect(t.state.table('associations').has(SEED.associationId)).toBe(false);
      expect(t.state.table('relations').has(SEED.relationId)).toBe(false);
    },
  },
  {
    subject: 'creates.create_relation',
    does: 'links two contacts through the association',
    input: { associationId: SEED.associationId, firstRecordId: SEED.contacts.rubika, secondRecordId: SEED.contacts.john },
    expect: (out, t) => {
      expect(out).toMatchObject({ associationId: SEED.associationId, firstRecordId: SEED.contacts.rubika, secondRecordId: SEED.contacts.john });
      expect(t.state.table('relations').get(out.id)).toBeDefined();
    },
  },
  {
    subject: 'creates.delete_relation',
    does: 'deletes the relation',
    input: { relationId: SEED.relationId },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.relationId, deleted: true });
      expect(t.state.table('relations').has(SEED.relationId)).toBe(false);
    },
  },
  {
    subject: 'triggers.get_blogs_by_location',
    does: 'lists the blogs',
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.blogId, name: 'Acme Dental Journal' })]),
  },
  {
    subject: 'triggers.get_blog_authors',
    does: 'lists the authors',
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.authorId, name: 'Dr. Rina Shah' })]),
  },
  {
    subject: 'triggers.get_blog_categories',
    does: 'lists the categories',
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.categoryId, label: 'Oral health' })]),
  },
  {
    subject: 'triggers.get_blog_posts',
    does: 'lists the blog\'s posts',
    input: { blogId: SEED.blogId },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.blogPostId, title: 'Five habits for healthier gums', status: 'PUBLISHED' })]),
  },
  {
    subject: 'triggers.check_blog_url_slug',
    does: 'says a used slug is taken',
    input: { urlSlug: 'five-habits-for-healthier-gums' },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ urlSlug: 'five-habits-for-healthier-gums', exists: true })]),
  },
  {
    subject: 'triggers.check_blog_url_slug',
    does: 'says a new slug is free',
    input: { urlSlug: 'braces-101' },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ urlSlug: 'braces-101', exists: false })]),
  },
  {
    subject: 'creates.create_blog_post',
    does: 'creates the post as a draft',
    input: {
      blogId: SEED.blogId,
      title: 'Braces 101',
      rawHTML: '<h1>Braces 101</h1><p>What to expect.</p>',
      description: 'What to expect from braces.',
      imageUrl: 'https://images.acmedental.example.com/braces.jpg',
      author: SEED.authorId,
      categories: [SEED.categoryId],
      status: 'DRAFT',
      urlSlug: 'braces-101',
    },
    expect: (out, t) => {
      expect(out).toMatchObject({ title: 'Braces 101', status: 'DRAFT', urlSlug: 'braces-101', author: SEED.authorId });
      expect(t.state.table('blogPosts').get(out.id)).toMatchObject({ rawHTML: '<h1>Braces 101</h1><p>What to expect.</p>', blogId: SEED.blogId });
    },
  },
  {
    subject: 'creates.update_blog_post',
    does: 'publishes an edited post',
    input: {
      blogId: SEED.blogId,
      postId: SEED.blogPostId,
      title: 'Six habits for healthier gums',
      rawHTML: '<h1>Six habits</h1>',
      description: 'Now with one more habit.',
      imageUrl: 'https://images.acmedental.example.com/gums.jpg',
      author: SEED.authorId,
      status: 'PUBLISHED',
      publishedAt: '2026-01-15T09:00:00Z',
      urlSlug: 'six-habits-for-healthier-gums',
    },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.blogPostId, title: 'Six habits for healthier gums', urlSlug: 'six-habits-for-healthier-gums' });
      expect(t.state.table('blogPosts').get(SEED.blogPostId)).toMatchObject({ rawHTML: '<h1>Six habits</h1>', status: 'PUBLISHED' });
    },
  },
];

