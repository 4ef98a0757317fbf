/** Words of the atomic actions: the sheet Tổng hợp is built under, reminders whose fate is unknown. */
export const atomicText = {
  /** Tổng hợp is written here completely, then takes the place of the old one. */
  summaryDraftSheet: 'Tổng hợp (đang cập nhật)',
};
