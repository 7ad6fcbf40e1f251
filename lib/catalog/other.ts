/**
 * Other Operations: locations, custom fields, company, associations and relations, blogs.
 * 13 triggers, 8 creates, 1 search (Find Location by ID), plus the hidden dropdown triggers of these domains.
 */
import listLocations from '../../triggers/list_locations';
import listCustomFields from '../../triggers/list_custom_fields';
import getCompany from '../../triggers/get_company';
import findAssociations from '../../triggers/find_associations';
import getAssociation from '../../triggers/get_association';
import getAssociationKey from '../../triggers/get_association_key';
import getAssociationByKeys from '../../triggers/get_association_by_keys';
import getRelationsByRecord from '../../triggers/get_relations_by_record';
import checkBlogUrlSlug from '../../triggers/check_blog_url_slug';
import getBlogAuthors from '../../triggers/get_blog_authors';
import getBlogCategories from '../../triggers/get_blog_categories';
import getBlogPosts from '../../triggers/get_blog_posts';
import getBlogsByLocation from '../../triggers/get_blogs_by_location';
import dropdownLocations from '../../triggers/dropdown_locations';
import dropdownLocationSnapshots from '../../triggers/dropdown_location_snapshots';
import dropdownAssociations from '../../triggers/dropdown_associations';
import dropdownRelations from '../../triggers/dropdown_relations';
import dropdownBlogs from '../../triggers/dropdown_blogs';
import dropdownBlogAuthors from '../../triggers/dropdown_blog_authors';
import dropdownBlogCategories from '../../triggers/dropdown_blog_categories';
import dropdownBlogPosts from '../../triggers/dropdown_blog_posts';
import createLocation from '../../creates/create_location';
import createAssociation from '../../creates/create_association';
import updateAssociation from '../../creates/update_association';
import deleteAssociation from '../../creates/delete_association';
import createRelation from '../../creates/create_relation';
import deleteRelation from '../../creates/delete_relation';
import createBlogPost from '../../creates/create_blog_post';
import updateBlogPost from '../../creates/update_blog_post';
import findLocationById from '../../searches/find_location_by_id';
import type { CategoryOperations } from './types';

const other: CategoryOperations = {
  triggers: [
    listLocations,
    listCustomFields,
    getCompany,
    findAssociations,
    getAssociation,
    getAssociationKey,
    getAssociationByKeys,
    getRelationsByRecord,
    checkBlogUrlSlug,
    getBlogAuthors,
    getBlogCategories,
    getBlogPosts,
    getBlogsByLocation,
    dropdownLocations,
    dropdownLocationSnapshots,
    dropdownAssociations,
    dropdownRelations,
    dropdownBlogs,
    dropdownBlogAuthors,
    dropdownBlogCategories,
    dropdownBlogPosts,
  ],
  creates: [
    createLocation,
    createAssociation,
    updateAssociation,
    deleteAssociation,
    createRelation,
    deleteRelation,
    createBlogPost,
    updateBlogPost,
  ],
  searches: [findLocationById],
};

export default other;
