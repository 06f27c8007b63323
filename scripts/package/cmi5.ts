// cmi5.xml: the cmi5 course structure, one assignable unit per scenario. An AU's id is the
// scenario's activity IRI, the one its statements are about; its URL is relative, so the LMS
// serves it from the package.
import { activityIri, IRI_BASE } from '../../src/reporting/xapi/vocabulary.ts';
import type { Course } from './course.ts';
import { NAMESPACES } from './schemas.ts';
import { child, newDocument, serialize, type Element } from './xml.ts';

export const COURSE_IRI = `${IRI_BASE}/course`;

export function cmi5CourseStructure(course: Course): string {
  const root = newDocument(NAMESPACES.cmi5.course[0], 'courseStructure');
  const text = (parent: Element, name: string, value: string) => child(child(parent, name), 'langstring', { lang: course.lang }, value);

  const about = child(root, 'course', { id: COURSE_IRI });
  text(about, 'title', course.title);
  text(about, 'description', course.description);
  for (const unit of course.units) {
    // Completed when an ending is reached; no pass mark, so no masteryScore.
    const au = child(root, 'au', { id: activityIri(unit.id), moveOn: 'Completed', launchMethod: 'AnyWindow' });
    text(au, 'title', unit.title);
    text(au, 'description', unit.description);
    child(au, 'url', {}, unit.launch);
  }
  return serialize(root);
}
