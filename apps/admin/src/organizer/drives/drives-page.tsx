// Placeholder: replaced by the feature's real page.
import { PageHeader } from '../ui/page-header';

export function DrivesPage() {
  return <PageHeader title="Drives" />;
}
