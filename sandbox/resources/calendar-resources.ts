/**
 * Calendar notifications (per calendar: create many at once, list with `isActive`/`deleted`/`limit`/`skip`,
 * get, update, delete) and calendar resources (`equipments` and `rooms`: create, list, get, update, delete).
 * Both carry Mongo-style `_id`s, as GHL answers them.
 */
import { fail, type Handler, type Req } from '../http';
import { boolOf, limitSkip, must, pick } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';
import { newHexId, now, type Rec, type SandboxState } from '../state';

const calendarOf = (req: Req, state: SandboxState): Rec => {
  const calendar = must(state.table('calendars'), req.params.calendarId, 'Calendar');
  if (req.grant?.locationId && calendar.locationId !== req.grant.locationId) throw fail(404, `Calendar with id ${req.params.calendarId} not found`);
  return calendar;
};

const NOTIFICATION_KEYS = [
  'receiverType', 'channel', 'notificationType', 'isActive', 'templateId', 'body', 'subject', 'afterTime', 'beforeTime',
  'additionalEmailIds', 'additionalPhoneNumbers', 'selectedUsers', 'fromAddress', 'fromName', 'fromNumber', 'deleted',
];

const notificationAnswer = ({ calendarId: _c, ...n }: Rec): Rec => n;

const notificationOf = (req: Req, state: SandboxState): Rec => {
  calendarOf(req, state);
  const n = must(state.table('calendarNotifications'), req.params.notificationId, 'Notification');
  if (n.calendarId !== req.params.calendarId) throw fail(404, `Notification with id ${req.params.notificationId} not found`);
  return n;
};

const checkUsers = (state: SandboxState, ids: unknown): void => {
  for (const id of Array.isArray(ids) ? ids : []) if (!state.table('users').has(id)) throw fail(422, [`selectedUsers: user ${id} not found`]);
};

const createNotifications: Handler = (req, state) => {
  const calendar = calendarOf(req, state);
  const created = (req.body as Rec[]).map((n) => {
    checkUsers(state, n.selectedUsers);
    return state.table('calendarNotifications').put({
      _id: newHexId(),
      calendarId: calendar.id,
      isActive: true,
      deleted: false,
      additionalEmailIds: [],
      additionalPhoneNumbers: [],
      selectedUsers: [],
      ...pick(n, NOTIFICATION_KEYS),
    });
  });
  return created.map(notificationAnswer);
};

const RESOURCE_TYPES = ['equipments', 'rooms'];
const RESOURCE_KEYS = ['name', 'description', 'quantity', 'outOfService', 'capacity', 'calendarIds', 'isActive'];

const resourceType = (req: Req): string => {
  const t = req.params.resourceType;
  if (!RESOURCE_TYPES.includes(t)) throw fail(422, [`resourceType must be one of the following values: ${RESOURCE_TYPES.join(', ')}`]);
  return t;
};

const resourceOf = (req: Req, state: SandboxState): Rec => {
  const type = resourceType(req);
  const res = must(state.table('calendarResources'), req.params.id, 'Resource');
  if (res.resourceType !== type || (req.grant?.locationId && res.locationId !== req.grant.locationId)) {
    throw fail(404, `Resource with id ${req.params.id} not found`);
  }
  return res;
};

const checkCalendars = (state: SandboxState, locationId: string, ids: unknown): void => {
  for (const id of Array.isArray(ids) ? ids : []) {
    if (state.table('calendars').get(id)?.locationId !== locationId) throw fail(422, [`calendarIds: calendar ${id} not found`]);
  }
};

export default defineResource({
  name: 'calendar-resources',
  routes: (r) => {
    r.post('/calendars/{calendarId}/notifications', createNotifications);
    r.get('/calendars/{calendarId}/notifications', (req, s) => {
      calendarOf(req, s);
      const active = boolOf(req.query.isActive);
      const deleted = boolOf(req.query.deleted) ?? false;
      const found = s
        .table('calendarNotifications')
        .where((n) => n.calendarId === req.params.calendarId && n.deleted === deleted && (active === undefined || n.isActive === active));
      return limitSkip(found, req.query, 100).map(notificationAnswer);
    });
    r.get('/calendars/{calendarId}/notifications/{notificationId}', (req, s) => notificationAnswer(notificationOf(req, s)));
    r.put('/calendars/{calendarId}/notifications/{notificationId}', (req, s) => {
      checkUsers(s, req.body?.selectedUsers);
      Object.assign(notificationOf(req, s), pick(req.body, NOTIFICATION_KEYS));
      return { message: 'Notification updated successfully' };
    });
    r.delete('/calendars/{calendarId}/notifications/{notificationId}', (req, s) => {
      notificationOf(req, s).deleted = true;
      return { message: 'Notification deleted successfully' };
    });

    r.post('/calendars/resources/{resourceType}', (req, s) => {
      const type = resourceType(req);
      checkCalendars(s, req.body.locationId, req.body.calendarIds);
      return s.table('calendarResources').put({ _id: newHexId(), resourceType: type, locationId: req.body.locationId, isActive: true, ...pick(req.body, RESOURCE_KEYS), dateAdded: now() });
    });
    r.get('/calendars/resources/{resourceType}', (req, s) => {
      const type = resourceType(req);
      return limitSkip(s.table('calendarResources').where((x) => x.resourceType === type && x.locationId === req.query.locationId), req.query, 100);
    });
    r.get('/calendars/resources/{resourceType}/{id}', (req, s) => resourceOf(req, s));
    r.put('/calendars/resources/{resourceType}/{id}', (req, s) => {
      const res = resourceOf(req, s);
      if (req.body?.locationId && req.body.locationId !== res.locationId) throw fail(403, 'The token does not have access to this location');
      checkCalendars(s, res.locationId, req.body?.calendarIds);
      return Object.assign(res, pick(req.body, RESOURCE_KEYS));
    });
    r.delete('/calendars/resources/{resourceType}/{id}', (req, s) => ({ success: s.table('calendarResources').delete(resourceOf(req, s)._id) }));
  },
  seed: (s) => {
    const { locationId } = s.options;
    s.table('calendarNotifications').put({
      _id: SEED.notificationId,
      calendarId: SEED.calendarId,
      receiverType: 'contact',
      channel: 'email',
      notificationType: 'reminder',
      isActive: true,
      deleted: false,
      subject: 'Your consultation tomorrow',
      body: 'Hi {{contact.first_name}}, see you tomorrow at {{appointment.start_time}}.',
      beforeTime: [{ timeOffset: 24, unit: 'hours' }],
      afterTime: [],
      additionalEmailIds: [],
      additionalPhoneNumbers: [],
      selectedUsers: [],
    });
    s.table('calendarResources').put({
      _id: SEED.equipmentId,
      resourceType: 'equipments',
      locationId,
      name: 'Dental chair 1',
      description: 'Treatment room A chair',
      quantity: 1,
      outOfService: 0,
      capacity: 1,
      calendarIds: [SEED.calendarId],
      isActive: true,
    });
    s.table('calendarResources').put({
      _id: SEED.roomId,
      resourceType: 'rooms',
      locationId,
      name: 'Treatment room A',
      description: 'Ground floor',
      quantity: 1,
      outOfService: 0,
      capacity: 2,
      calendarIds: [SEED.calendarId],
      isActive: true,
    });
  },
});
