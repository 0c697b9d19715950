import * as validators from '@shopclients/iom-order-types/validators';
import { describeSpecExamples } from '@shopclients/testkit';
import { spec } from './mock-client.js';

describeSpecExamples(spec, validators);
