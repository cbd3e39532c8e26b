// A city of the region list (libs/domain), searchable, named in the reader's language (in
// English with the Chinese name beside it, as people there write it). The value is the code.
import { Select, type SelectProps } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS } from '@life-relay/domain';

export function regionOptions(language: string): { value: string; label: string }[] {
  return REGIONS.map((r) => ({ value: r.code, label: language === 'zh-CN' ? r.zh : `${r.en} ${r.zh}` }));
}

export function RegionSelect(props: Omit<SelectProps, 'data'>) {
  const { i18n } = useTranslation();
  const data = useMemo(() => regionOptions(i18n.language), [i18n.language]);
  return <Select clearable searchable {...props} data={data} />;
}
