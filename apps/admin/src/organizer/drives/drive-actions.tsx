// Placeholder with the final contract: the drive's lifecycle buttons (publish, close, copy as a
// template), used by the drive pages' headers. Replaced by the drives feature.
export interface DriveActionsProps {
  drive: { id: string; title: string; status: 'DRAFT' | 'PUBLISHED' | 'CLOSED'; startsAt: string; timeZone: string };
}

export function DriveActions(_props: DriveActionsProps) {
  return null;
}
