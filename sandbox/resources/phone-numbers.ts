/** The sub-account's phone numbers: `GET /phone-system/numbers/location/{locationId}` (Send Message's sender number). */
import { fail } from '../http';
import { defineResource } from '../resource';
import { MESSAGING_SEED } from '../seed-ids';

export default defineResource({
  name: 'phoneNumbers',
  routes: (r) => {
    r.get('/phone-system/numbers/location/{locationId}', (req, s) => {
      if (req.params.locationId !== req.grant?.locationId) throw fail(403, 'The token does not have access to this location');
      const size = Number(req.query.pageSize) > 0 ? Number(req.query.pageSize) : 1000;
      const page = Number(req.query.page) > 0 ? Number(req.query.page) : 0;
      const all = s.table('phoneNumbers').where((n) => n.locationId === req.params.locationId);
      return {
        numbers: all.slice(page * size, (page + 1) * size).map(({ id: _id, locationId: _l, ...n }) => n),
        isUnderGhl: true,
        pageSize: size,
        page,
        accountStatus: 'active',
      };
    });
  },
  seed: (s) => {
    const { locationId } = s.options;
    const number = (phoneNumber: string, friendlyName: string, isDefaultNumber: boolean, sid: string) =>
      s.table('phoneNumbers').put({
        id: phoneNumber,
        locationId,
        phoneNumber,
        friendlyName,
        sid,
        countryCode: 'US',
        capabilities: { voice: true, sms: true, mms: true, fax: false },
        type: 'local',
        isDefaultNumber,
        linkedUser: null,
        linkedRingAllUsers: [],
        inboundCallService: null,
        forwardingNumber: null,
        isGroupConversationEnabled: false,
        addressSid: null,
        bundleSid: null,
        dateAdded: '2026-01-15T10:30:00Z',
        dateUpdated: '2026-02-20T14:45:00Z',
        origin: 'twilio',
      });
    number(MESSAGING_SEED.phoneNumbers.main, 'Front desk', true, 'PN1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d');
    number(MESSAGING_SEED.phoneNumbers.reminders, 'Appointment reminders', false, 'PN9f8e7d6c5b4a39281706f5e4d3c2b1a0');
  },
});
