// Places own the counting of a shift's places and the order of its locks (places.repository.ts).
import { Module } from '@nestjs/common';
import { Places } from './places.repository';

@Module({ providers: [Places], exports: [Places] })
export class PlacesModule {}
