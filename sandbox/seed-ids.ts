/**
 * The ids of the seeded records, in one place: resource modules seed with them, tests and docs name them.
 * Most are the example ids of GoHighLevel's own specs. The agency (company) owns three sub-accounts; the app
 * is installed in the first two.
 */
import { DEFAULTS } from './state';

export const SEED = {
  companyId: DEFAULTS.companyId,
  /** "Acme Dental": the sub-account connection's location. */
  locationId: DEFAULTS.locationId,
  /** "Bright Smiles Orthodontics": a second sub-account with the app installed (agency connections). */
  secondLocationId: 'Q8pT3kW6sN1vB4xZ7mLc',
  /** "Harbor Physio": a sub-account of the agency without the app (minting a token for it fails). */
  notInstalledLocationId: 'Rt5Yh2Jk8Lm3Nb6Vc9Xz',
  users: { admin: DEFAULTS.userId, frontDesk: '0IHuJvc2ofPAAA8GzTRi', hygienist: 'Ux7Qp2Lm9Wn4Rk6Tb3Yd' },
  contacts: { rubika: 'seD4PfOuKoVMLkEZqohJ', john: 'byMEV0NQinDhq8ZfiOi2', maria: 'Mq3LkV9sPz7TyR2wXc1B' },
  noteId: 'HGPcayliwcdoUFzvbTok',
  taskId: 'lJpzYrWdpkC2hX6t2yue',
  businessId: '63771dcac1116f0e21de8e12',
  campaignId: 'mIVALPYuTD7YjUHnFEx4',
  workflowId: '78559bb3-b920-461e-b010-7b2a2816d2a9',
  formId: 'eHNbKMDuM4QRPq2O3DTZ',
  emailTemplateId: 'Qe4Hn8Wz2Kp6Rt3Lm9Vb',
  calendarId: 'CVokAlI8fgw4WYWoCtQz',
  groupId: 'ocQHyuzHvysMo5N5VsXc',
  appointmentId: '0TkCdp9PfvLeWKYRRvIz',
  appointmentNoteId: 'Wv2Ns8Kq5Jd1Lx7Pm4Rb',
  blockSlotId: 'Bk7Sl4Ot2Zx9Cv6Nm1Qw',
  notificationId: '66a7d3e2f1b4c5a6d7e8f901',
  equipmentId: '35caa1138e06caf1d0a1b2c3',
  roomId: '35caa1138e06caf1d0a1b2c4',
  pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
  stages: {
    newLead: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69',
    proposal: '7915dedc-8f18-44d5-8bc3-77c04e994a10',
    closed: '3f1c5e1d-2a4b-4c6d-8e9f-0a1b2c3d4e5f',
  },
  opportunityId: 'yWQobCRIhRguQtD2llvk',
  lostReasonId: 'Lr4Tq8Wm2Xn6Bv1Cz5Ka',
  conversationId: 'ABCHkzuJQ8ZMd4Te84GK',
  messages: {
    smsIn: 'p1mRSHeLDhAms5q0LMr4',
    smsOut: 'Kq8Vx2Ln5Rt9Yb3Mw6Zc',
    call: 'Cl9Rc4Gx7Tz2Wq5Nv8Bm',
    email: 'Em3Ai6Ls9Pq2Xw5Rt8Yb',
  },
  /** The email message (the id `GET /conversations/messages/email/{id}` takes). */
  emailMessageId: 'Em3Ai6Ls9Pq2Xw5Rt8Ye',
  associationId: '6790c0f1a2b3c4d5e6f70812',
  relationId: '6790c0f1a2b3c4d5e6f70999',
  blogId: '66c381b38be80858b9af62a1',
  blogPostId: '66c381b38be80858b9af62b6',
  authorId: '66c381b38be80858b9af62c1',
  categoryId: '66c381b38be80858b9af62d1',
  snapshotId: 'nW8Xy3Zq6Rt1Lm4Kp7Vb',
  socialAccountId: '6613a9b7c8d9e0f1a2b3c4d5_ve9EPM428h8vShlRW1KT_112233445566778_page',
  socialTags: { promo: '66b1a2c3d4e5f60718293a4b', tips: '66b1a2c3d4e5f60718293a4c' },
  // Commerce (issues 14 and 15): invoices, products and payments of Acme Dental.
  invoices: {
    /** #1001, John Deo, paid in cash. */
    paid: '6578278e879ad2646715ba9a',
    paidPaymentId: '6578278e879ad2646715bb01',
    /** #1002, Rubika Deo, sent, 270.63 USD. */
    sent: '6578278e879ad2646715ba9c',
    /** #1003, Maria Lopez, draft. */
    draft: '6578278e879ad2646715ba9e',
    /** Bright Smiles' invoice (another sub-account). */
    otherLocation: '6578278e879ad2646715baa0',
  },
  productId: '655b33a82209e60b6adb87a5',
  priceId: '655b33aa2209e60b6adb87a7',
  orders: { paid: '653f5e0cde5a1314e62a837c', unpaid: '653f5e0cde5a1314e62a837d', refunded: '653f5e0cde5a1314e62a837e' },
  transactions: { paidOrder: '61dd0feac077f72010f78804', refunded: '61dd0feac077f72010f78805' },
  // Custom objects and custom values (sandbox/resources/custom-objects.ts, custom-values.ts).
  objects: { treatmentPlan: '661c06b4ffde146bdb469442', labOrder: '661c06b4ffde146bdb469443' },
  objectKeys: { treatmentPlan: 'custom_objects.treatment_plan', labOrder: 'custom_objects.lab_order' },
  objectRecords: { restoration: '6790d1e2f3a4b5c6d7e8f001', invisalign: '6790d1e2f3a4b5c6d7e8f002', labOrder: '6790d1e2f3a4b5c6d7e8f003' },
  customValues: { officePhone: 'rWQ709Pb62syqGLceg1x', bookingLink: 'kOBjMVAJhFuUeYIojVet', hygieneSpecial: 'Hs7Qp3Lm9Wn2Rk5Tb8Yc' },
} as const;

/** Messaging, forms, surveys, media and phone numbers (issues 14 and 15). */
export const MESSAGING_SEED = {
  surveyId: 'jjusM6EOngDExnbo2DbU',
  formSubmissions: { rubika: '38303ec7-629a-49e2-888a-cf8bf0b1f97e', john: '5d2f7c1a-9b3e-4f60-8a1d-2c4e6f8a0b13' },
  surveySubmissionId: 'be759b9a-c3ec-4b29-ba07-fc3c89c77673',
  mediaFolders: { brochures: '64af50c42d567a3b4f5989e0', photos: '64af50c42d567a3b4f5989e1' },
  mediaFileId: '66e0a4c1f1d2a3b4c5d6e7f8',
  phoneNumbers: { main: '+18832320100', reminders: '+18832320101' },
} as const;
