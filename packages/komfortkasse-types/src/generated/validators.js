// GENERATED FILE — do not edit by hand.
// Source: specs/komfortkasse/openapi.yaml, by Ajv 8.20.0 standalone code (scripts/lib/validators).
// Regenerate with `pnpm generate`; `pnpm lint` and `pnpm test` fail when this file is stale.

import { appendErrors, ucs2length } from '@shopclients/core';

const formats = {  };
const exports = {};
exports.v0 = validate21;const schema6 = {"$id":"request.v0","type":"object","properties":{"orderNumber":{"type":"string"}},"required":["orderNumber"]};function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.orderNumber === undefined){const err0 = {instancePath,keyword:"required",site:"0",params:{missingProperty: "orderNumber"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.orderNumber !== undefined){if(typeof data.orderNumber !== "string"){const err1 = {instancePath:instancePath+"/orderNumber",keyword:"type",site:"1",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,keyword:"type",site:"2",params:{type: "object"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate21.errors = vErrors;return errors === 0;}exports.v1 = validate22;const schema7 = {"$id":"request.v1","type":"object","properties":{"includePostings":{"type":"boolean","default":false},"includeCollectionHistory":{"type":"boolean","default":false},"includePaymentReminders":{"type":"boolean","default":false},"includeRefunds":{"type":"boolean","default":false}}};function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.includePostings !== undefined){if(typeof data.includePostings !== "boolean"){const err0 = {instancePath:instancePath+"/includePostings",keyword:"type",site:"0",params:{type: "boolean"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.includeCollectionHistory !== undefined){if(typeof data.includeCollectionHistory !== "boolean"){const err1 = {instancePath:instancePath+"/includeCollectionHistory",keyword:"type",site:"1",params:{type: "boolean"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.includePaymentReminders !== undefined){if(typeof data.includePaymentReminders !== "boolean"){const err2 = {instancePath:instancePath+"/includePaymentReminders",keyword:"type",site:"2",params:{type: "boolean"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.includeRefunds !== undefined){if(typeof data.includeRefunds !== "boolean"){const err3 = {instancePath:instancePath+"/includeRefunds",keyword:"type",site:"3",params:{type: "boolean"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath,keyword:"type",site:"4",params:{type: "object"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}validate22.errors = vErrors;return errors === 0;}exports.v2 = validate24;const schema9 = {"allOf":[{"$ref":"common#/components/schemas/OrderData"},{"type":"object","required":["number"],"properties":{"number":{"type":"string"},"paymentStatus":{"allOf":[{"$ref":"common#/components/schemas/PaymentStatus"}]},"referenceNumber":{"type":"string"},"bankAccount":{"allOf":[{"$ref":"common#/components/schemas/BankAccount"}]},"dunningLevel":{"type":"integer"},"amountPaid":{"type":"number"},"postings":{"type":"array","items":{"$ref":"response#/components/schemas/Posting"}},"collectionPartner":{"type":"string"},"collectionFile":{"type":"string"},"collectionStatus":{"type":"string"},"collectionHistory":{"type":"array","items":{"$ref":"response#/components/schemas/CollectionEvent"}},"paymentReminders":{"type":"array","items":{"$ref":"response#/components/schemas/PaymentReminder"}},"refunds":{"type":"array","items":{"$ref":"response#/components/schemas/Refund"}},"hasBankDetailsForRefund":{"type":"boolean"}}}]};const schema11 = {"type":"object","required":["date","type","amount","currency","billing"],"properties":{"date":{"type":"string","pattern":"^\\d{2}-\\d{2}-\\d{4}$"},"dueDate":{"type":"string","pattern":"^\\d{2}-\\d{2}-\\d{4}$"},"customerEmail":{"type":"string"},"customerNumber":{"type":"string"},"type":{"$ref":"common#/components/schemas/OrderType"},"marketplaceNumber":{"type":"string"},"paymentMethod":{"type":"string"},"paymentMethodDescription":{"type":"string"},"statusDescription":{"type":"string"},"amount":{"type":"number"},"currency":{"type":"string"},"exchangeRate":{"type":"number"},"language":{"type":"string"},"itemNumbers":{"type":"array","items":{"type":"string"}},"items":{"type":"array","items":{"$ref":"common#/components/schemas/Item"}},"invoiceNumbers":{"type":"array","items":{"type":"string"}},"shippingNumbers":{"type":"array","items":{"type":"string"}},"proformaNumbers":{"type":"array","items":{"type":"string"}},"billing":{"allOf":[{"$ref":"common#/components/schemas/Address"}]},"shipping":{"allOf":[{"$ref":"common#/components/schemas/Address"}]},"initialDunningLevel":{"type":"integer"},"stopReminder":{"type":"boolean"}}};const pattern0 = new RegExp("^\\d{2}-\\d{2}-\\d{4}$", "u");const schema12 = {"type":"string","enum":["INVOICE","PREPAYMENT","COD","OTHER"]};function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,keyword:"type",site:"0",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!((((data === "INVOICE") || (data === "PREPAYMENT")) || (data === "COD")) || (data === "OTHER"))){const err1 = {instancePath,keyword:"enum",site:"1",params:{allowedValues: schema12.enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate27.errors = vErrors;return errors === 0;}const schema13 = {"type":"object","required":["number"],"properties":{"number":{"type":"string"},"name":{"type":"string"}}};function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.number === undefined){const err0 = {instancePath,keyword:"required",site:"0",params:{missingProperty: "number"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.number !== undefined){if(typeof data.number !== "string"){const err1 = {instancePath:instancePath+"/number",keyword:"type",site:"1",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.name !== undefined){if(typeof data.name !== "string"){const err2 = {instancePath:instancePath+"/name",keyword:"type",site:"2",params:{type: "string"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}else {const err3 = {instancePath,keyword:"type",site:"3",params:{type: "object"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}validate29.errors = vErrors;return errors === 0;}const schema14 = {"type":"object","required":["countryCode"],"allOf":[{"anyOf":[{"type":"object","required":["lastName"],"properties":{"lastName":{"type":"string"}}},{"type":"object","required":["company"],"properties":{"company":{"type":"string"}}}]}],"properties":{"gender":{"$ref":"common#/components/schemas/Gender"},"firstName":{"type":"string"},"lastName":{"type":"string"},"company":{"type":"string"},"street":{"type":"string"},"postCode":{"type":"string"},"city":{"type":"string"},"countryCode":{"type":"string","minLength":2,"maxLength":2},"phone":{"type":"string"}}};const schema15 = {"type":"string","enum":["male","female","company","unknown"]};function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,keyword:"type",site:"0",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!((((data === "male") || (data === "female")) || (data === "company")) || (data === "unknown"))){const err1 = {instancePath,keyword:"enum",site:"1",params:{allowedValues: schema15.enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate32.errors = vErrors;return errors === 0;}const func2 = ucs2length;function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;const _errs2 = errors;let valid1 = false;const _errs3 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.lastName === undefined){const err0 = {instancePath,schemaPath:"#/allOf/0/anyOf/0",keyword:"required",site:"0",params:{missingProperty: "lastName"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.lastName !== undefined){if(typeof data.lastName !== "string"){const err1 = {instancePath:instancePath+"/lastName",schemaPath:"#/allOf/0/anyOf/0",keyword:"type",site:"1",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,schemaPath:"#/allOf/0/anyOf/0",keyword:"type",site:"2",params:{type: "object"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}var _valid0 = _errs3 === errors;valid1 = valid1 || _valid0;if(!valid1){const _errs7 = errors;if(data && typeof data == "object" && !Array.isArray(data)){if(data.company === undefined){const err3 = {instancePath,schemaPath:"#/allOf/0/anyOf/1",keyword:"required",site:"3",params:{missingProperty: "company"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.company !== undefined){if(typeof data.company !== "string"){const err4 = {instancePath:instancePath+"/company",schemaPath:"#/allOf/0/anyOf/1",keyword:"type",site:"4",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}}else {const err5 = {instancePath,schemaPath:"#/allOf/0/anyOf/1",keyword:"type",site:"5",params:{type: "object"}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}var _valid0 = _errs7 === errors;valid1 = valid1 || _valid0;}if(!valid1){const err6 = {instancePath,schemaPath:"#/allOf/0/anyOf",keyword:"anyOf",site:"6",params:{}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}else {errors = _errs2;if(vErrors !== null){if(_errs2){vErrors.length = _errs2;}else {vErrors = null;}}}if(data && typeof data == "object" && !Array.isArray(data)){if(data.countryCode === undefined){const err7 = {instancePath,keyword:"required",site:"7",params:{missingProperty: "countryCode"}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}if(data.gender !== undefined){if(!(validate32(data.gender, {instancePath:instancePath+"/gender",parentData:data,parentDataProperty:"gender",rootData}))){vErrors = appendErrors(vErrors, validate32.errors, "0");errors = vErrors.length;}}if(data.firstName !== undefined){if(typeof data.firstName !== "string"){const err8 = {instancePath:instancePath+"/firstName",keyword:"type",site:"8",params:{type: "string"}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.lastName !== undefined){if(typeof data.lastName !== "string"){const err9 = {instancePath:instancePath+"/lastName",keyword:"type",site:"9",params:{type: "string"}};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.company !== undefined){if(typeof data.company !== "string"){const err10 = {instancePath:instancePath+"/company",keyword:"type",site:"10",params:{type: "string"}};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.street !== undefined){if(typeof data.street !== "string"){const err11 = {instancePath:instancePath+"/street",keyword:"type",site:"11",params:{type: "string"}};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.postCode !== undefined){if(typeof data.postCode !== "string"){const err12 = {instancePath:instancePath+"/postCode",keyword:"type",site:"12",params:{type: "string"}};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.city !== undefined){if(typeof data.city !== "string"){const err13 = {instancePath:instancePath+"/city",keyword:"type",site:"13",params:{type: "string"}};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.countryCode !== undefined){let data9 = data.countryCode;if(typeof data9 === "string"){if(func2(data9) > 2){const err14 = {instancePath:instancePath+"/countryCode",keyword:"maxLength",site:"14",params:{limit: 2}};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}if(func2(data9) < 2){const err15 = {instancePath:instancePath+"/countryCode",keyword:"minLength",site:"15",params:{limit: 2}};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}else {const err16 = {instancePath:instancePath+"/countryCode",keyword:"type",site:"16",params:{type: "string"}};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.phone !== undefined){if(typeof data.phone !== "string"){const err17 = {instancePath:instancePath+"/phone",keyword:"type",site:"17",params:{type: "string"}};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath,keyword:"type",site:"18",params:{type: "object"}};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}validate31.errors = vErrors;return errors === 0;}function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.date === undefined){const err0 = {instancePath,keyword:"required",site:"0",params:{missingProperty: "date"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.type === undefined){const err1 = {instancePath,keyword:"required",site:"1",params:{missingProperty: "type"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.amount === undefined){const err2 = {instancePath,keyword:"required",site:"2",params:{missingProperty: "amount"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.currency === undefined){const err3 = {instancePath,keyword:"required",site:"3",params:{missingProperty: "currency"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.billing === undefined){const err4 = {instancePath,keyword:"required",site:"4",params:{missingProperty: "billing"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.date !== undefined){let data0 = data.date;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err5 = {instancePath:instancePath+"/date",keyword:"pattern",site:"5",params:{pattern: "^\\d{2}-\\d{2}-\\d{4}$"}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/date",keyword:"type",site:"6",params:{type: "string"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.dueDate !== undefined){let data1 = data.dueDate;if(typeof data1 === "string"){if(!pattern0.test(data1)){const err7 = {instancePath:instancePath+"/dueDate",keyword:"pattern",site:"7",params:{pattern: "^\\d{2}-\\d{2}-\\d{4}$"}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/dueDate",keyword:"type",site:"8",params:{type: "string"}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.customerEmail !== undefined){if(typeof data.customerEmail !== "string"){const err9 = {instancePath:instancePath+"/customerEmail",keyword:"type",site:"9",params:{type: "string"}};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.customerNumber !== undefined){if(typeof data.customerNumber !== "string"){const err10 = {instancePath:instancePath+"/customerNumber",keyword:"type",site:"10",params:{type: "string"}};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.type !== undefined){if(!(validate27(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData}))){vErrors = appendErrors(vErrors, validate27.errors, "0");errors = vErrors.length;}}if(data.marketplaceNumber !== undefined){if(typeof data.marketplaceNumber !== "string"){const err11 = {instancePath:instancePath+"/marketplaceNumber",keyword:"type",site:"11",params:{type: "string"}};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.paymentMethod !== undefined){if(typeof data.paymentMethod !== "string"){const err12 = {instancePath:instancePath+"/paymentMethod",keyword:"type",site:"12",params:{type: "string"}};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.paymentMethodDescription !== undefined){if(typeof data.paymentMethodDescription !== "string"){const err13 = {instancePath:instancePath+"/paymentMethodDescription",keyword:"type",site:"13",params:{type: "string"}};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.statusDescription !== undefined){if(typeof data.statusDescription !== "string"){const err14 = {instancePath:instancePath+"/statusDescription",keyword:"type",site:"14",params:{type: "string"}};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.amount !== undefined){if(!(typeof data.amount == "number")){const err15 = {instancePath:instancePath+"/amount",keyword:"type",site:"15",params:{type: "number"}};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.currency !== undefined){if(typeof data.currency !== "string"){const err16 = {instancePath:instancePath+"/currency",keyword:"type",site:"16",params:{type: "string"}};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.exchangeRate !== undefined){if(!(typeof data.exchangeRate == "number")){const err17 = {instancePath:instancePath+"/exchangeRate",keyword:"type",site:"17",params:{type: "number"}};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.language !== undefined){if(typeof data.language !== "string"){const err18 = {instancePath:instancePath+"/language",keyword:"type",site:"18",params:{type: "string"}};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.itemNumbers !== undefined){let data13 = data.itemNumbers;if(Array.isArray(data13)){const len0 = data13.length;for(let i0=0; i0<len0; i0++){if(typeof data13[i0] !== "string"){const err19 = {instancePath:instancePath+"/itemNumbers/" + i0,keyword:"type",site:"19",params:{type: "string"}};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/itemNumbers",keyword:"type",site:"20",params:{type: "array"}};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.items !== undefined){let data15 = data.items;if(Array.isArray(data15)){const len1 = data15.length;for(let i1=0; i1<len1; i1++){if(!(validate29(data15[i1], {instancePath:instancePath+"/items/" + i1,parentData:data15,parentDataProperty:i1,rootData}))){vErrors = appendErrors(vErrors, validate29.errors, "1");errors = vErrors.length;}}}else {const err21 = {instancePath:instancePath+"/items",keyword:"type",site:"21",params:{type: "array"}};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.invoiceNumbers !== undefined){let data17 = data.invoiceNumbers;if(Array.isArray(data17)){const len2 = data17.length;for(let i2=0; i2<len2; i2++){if(typeof data17[i2] !== "string"){const err22 = {instancePath:instancePath+"/invoiceNumbers/" + i2,keyword:"type",site:"22",params:{type: "string"}};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/invoiceNumbers",keyword:"type",site:"23",params:{type: "array"}};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.shippingNumbers !== undefined){let data19 = data.shippingNumbers;if(Array.isArray(data19)){const len3 = data19.length;for(let i3=0; i3<len3; i3++){if(typeof data19[i3] !== "string"){const err24 = {instancePath:instancePath+"/shippingNumbers/" + i3,keyword:"type",site:"24",params:{type: "string"}};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath:instancePath+"/shippingNumbers",keyword:"type",site:"25",params:{type: "array"}};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.proformaNumbers !== undefined){let data21 = data.proformaNumbers;if(Array.isArray(data21)){const len4 = data21.length;for(let i4=0; i4<len4; i4++){if(typeof data21[i4] !== "string"){const err26 = {instancePath:instancePath+"/proformaNumbers/" + i4,keyword:"type",site:"26",params:{type: "string"}};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/proformaNumbers",keyword:"type",site:"27",params:{type: "array"}};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.billing !== undefined){if(!(validate31(data.billing, {instancePath:instancePath+"/billing",parentData:data,parentDataProperty:"billing",rootData}))){vErrors = appendErrors(vErrors, validate31.errors, "2");errors = vErrors.length;}}if(data.shipping !== undefined){if(!(validate31(data.shipping, {instancePath:instancePath+"/shipping",parentData:data,parentDataProperty:"shipping",rootData}))){vErrors = appendErrors(vErrors, validate31.errors, "3");errors = vErrors.length;}}if(data.initialDunningLevel !== undefined){let data25 = data.initialDunningLevel;if(!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))){const err28 = {instancePath:instancePath+"/initialDunningLevel",keyword:"type",site:"28",params:{type: "integer"}};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.stopReminder !== undefined){if(typeof data.stopReminder !== "boolean"){const err29 = {instancePath:instancePath+"/stopReminder",keyword:"type",site:"29",params:{type: "boolean"}};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath,keyword:"type",site:"30",params:{type: "object"}};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}validate26.errors = vErrors;return errors === 0;}const schema16 = {"type":"string","enum":["UNPAID","PAID","PAID_PARTIAL","CANCELLED","REFUNDED","REFUNDED_PARTIAL","LEGACY","DISAPPEARED","COLLECTION"]};function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,keyword:"type",site:"0",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(((((((((data === "UNPAID") || (data === "PAID")) || (data === "PAID_PARTIAL")) || (data === "CANCELLED")) || (data === "REFUNDED")) || (data === "REFUNDED_PARTIAL")) || (data === "LEGACY")) || (data === "DISAPPEARED")) || (data === "COLLECTION"))){const err1 = {instancePath,keyword:"enum",site:"1",params:{allowedValues: schema16.enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate37.errors = vErrors;return errors === 0;}const schema17 = {"type":"object","properties":{"accountNumber":{"type":"string"},"bankCode":{"type":"string"},"iban":{"type":"string"},"bic":{"type":"string"},"bankName":{"type":"string"},"remittee":{"type":"string"}}};function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.accountNumber !== undefined){if(typeof data.accountNumber !== "string"){const err0 = {instancePath:instancePath+"/accountNumber",keyword:"type",site:"0",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.bankCode !== undefined){if(typeof data.bankCode !== "string"){const err1 = {instancePath:instancePath+"/bankCode",keyword:"type",site:"1",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.iban !== undefined){if(typeof data.iban !== "string"){const err2 = {instancePath:instancePath+"/iban",keyword:"type",site:"2",params:{type: "string"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.bic !== undefined){if(typeof data.bic !== "string"){const err3 = {instancePath:instancePath+"/bic",keyword:"type",site:"3",params:{type: "string"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.bankName !== undefined){if(typeof data.bankName !== "string"){const err4 = {instancePath:instancePath+"/bankName",keyword:"type",site:"4",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.remittee !== undefined){if(typeof data.remittee !== "string"){const err5 = {instancePath:instancePath+"/remittee",keyword:"type",site:"5",params:{type: "string"}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,keyword:"type",site:"6",params:{type: "object"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}validate39.errors = vErrors;return errors === 0;}const schema18 = {"type":"object","properties":{"id":{"type":"string"},"amount":{"type":"number"},"currency":{"type":"string"},"postingDate":{"type":"string","pattern":"^\\d{2}-\\d{2}-\\d{4}$"},"valuationDate":{"type":"string","pattern":"^\\d{2}-\\d{2}-\\d{4}$"},"originator":{"type":"string"},"reference":{"type":"string"},"text":{"type":"string"},"orders":{"type":"array","items":{"$ref":"response#/components/schemas/Order"}}}};const wrapper0 = {validate: validate24};function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.id !== undefined){if(typeof data.id !== "string"){const err0 = {instancePath:instancePath+"/id",keyword:"type",site:"0",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.amount !== undefined){if(!(typeof data.amount == "number")){const err1 = {instancePath:instancePath+"/amount",keyword:"type",site:"1",params:{type: "number"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.currency !== undefined){if(typeof data.currency !== "string"){const err2 = {instancePath:instancePath+"/currency",keyword:"type",site:"2",params:{type: "string"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.postingDate !== undefined){let data3 = data.postingDate;if(typeof data3 === "string"){if(!pattern0.test(data3)){const err3 = {instancePath:instancePath+"/postingDate",keyword:"pattern",site:"3",params:{pattern: "^\\d{2}-\\d{2}-\\d{4}$"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}else {const err4 = {instancePath:instancePath+"/postingDate",keyword:"type",site:"4",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.valuationDate !== undefined){let data4 = data.valuationDate;if(typeof data4 === "string"){if(!pattern0.test(data4)){const err5 = {instancePath:instancePath+"/valuationDate",keyword:"pattern",site:"5",params:{pattern: "^\\d{2}-\\d{2}-\\d{4}$"}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/valuationDate",keyword:"type",site:"6",params:{type: "string"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.originator !== undefined){if(typeof data.originator !== "string"){const err7 = {instancePath:instancePath+"/originator",keyword:"type",site:"7",params:{type: "string"}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.reference !== undefined){if(typeof data.reference !== "string"){const err8 = {instancePath:instancePath+"/reference",keyword:"type",site:"8",params:{type: "string"}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.text !== undefined){if(typeof data.text !== "string"){const err9 = {instancePath:instancePath+"/text",keyword:"type",site:"9",params:{type: "string"}};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.orders !== undefined){let data8 = data.orders;if(Array.isArray(data8)){const len0 = data8.length;for(let i0=0; i0<len0; i0++){if(!(wrapper0.validate(data8[i0], {instancePath:instancePath+"/orders/" + i0,parentData:data8,parentDataProperty:i0,rootData}))){vErrors = appendErrors(vErrors, wrapper0.validate.errors, "0");errors = vErrors.length;}}}else {const err10 = {instancePath:instancePath+"/orders",keyword:"type",site:"10",params:{type: "array"}};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath,keyword:"type",site:"11",params:{type: "object"}};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}validate41.errors = vErrors;return errors === 0;}const schema19 = {"type":"object","properties":{"timestamp":{"type":"string"},"description":{"type":"string"}}};function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.timestamp !== undefined){if(typeof data.timestamp !== "string"){const err0 = {instancePath:instancePath+"/timestamp",keyword:"type",site:"0",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.description !== undefined){if(typeof data.description !== "string"){const err1 = {instancePath:instancePath+"/description",keyword:"type",site:"1",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,keyword:"type",site:"2",params:{type: "object"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate43.errors = vErrors;return errors === 0;}const schema20 = {"type":"object","properties":{"date":{"type":"string","pattern":"^\\d{2}-\\d{2}-\\d{4}$"},"dunningLevel":{"type":"integer"},"reminderFee":{"type":"number"},"email":{"type":"boolean"},"letter":{"type":"boolean"}}};function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.date !== undefined){let data0 = data.date;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err0 = {instancePath:instancePath+"/date",keyword:"pattern",site:"0",params:{pattern: "^\\d{2}-\\d{2}-\\d{4}$"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath:instancePath+"/date",keyword:"type",site:"1",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.dunningLevel !== undefined){let data1 = data.dunningLevel;if(!((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1)))){const err2 = {instancePath:instancePath+"/dunningLevel",keyword:"type",site:"2",params:{type: "integer"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.reminderFee !== undefined){if(!(typeof data.reminderFee == "number")){const err3 = {instancePath:instancePath+"/reminderFee",keyword:"type",site:"3",params:{type: "number"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.email !== undefined){if(typeof data.email !== "boolean"){const err4 = {instancePath:instancePath+"/email",keyword:"type",site:"4",params:{type: "boolean"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.letter !== undefined){if(typeof data.letter !== "boolean"){const err5 = {instancePath:instancePath+"/letter",keyword:"type",site:"5",params:{type: "boolean"}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,keyword:"type",site:"6",params:{type: "object"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}validate45.errors = vErrors;return errors === 0;}const schema21 = {"allOf":[{"$ref":"common#/components/schemas/RefundRequest"},{"type":"object","properties":{"id":{"type":"string"},"executionDate":{"type":"string","pattern":"^\\d{2}-\\d{2}-\\d{4}$","nullable":true},"referenceNumber":{"type":"string"},"status":{"allOf":[{"$ref":"common#/components/schemas/RefundStatus"}]}}}]};const schema22 = {"type":"object","required":["externalReference","amount","currency","plannedDate"],"properties":{"externalReference":{"type":"string"},"amount":{"type":"number"},"currency":{"type":"string"},"plannedDate":{"type":"string","pattern":"^\\d{2}-\\d{2}-\\d{4}$"}}};function validate48(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.externalReference === undefined){const err0 = {instancePath,keyword:"required",site:"0",params:{missingProperty: "externalReference"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.amount === undefined){const err1 = {instancePath,keyword:"required",site:"1",params:{missingProperty: "amount"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.currency === undefined){const err2 = {instancePath,keyword:"required",site:"2",params:{missingProperty: "currency"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.plannedDate === undefined){const err3 = {instancePath,keyword:"required",site:"3",params:{missingProperty: "plannedDate"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.externalReference !== undefined){if(typeof data.externalReference !== "string"){const err4 = {instancePath:instancePath+"/externalReference",keyword:"type",site:"4",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.amount !== undefined){if(!(typeof data.amount == "number")){const err5 = {instancePath:instancePath+"/amount",keyword:"type",site:"5",params:{type: "number"}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.currency !== undefined){if(typeof data.currency !== "string"){const err6 = {instancePath:instancePath+"/currency",keyword:"type",site:"6",params:{type: "string"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.plannedDate !== undefined){let data3 = data.plannedDate;if(typeof data3 === "string"){if(!pattern0.test(data3)){const err7 = {instancePath:instancePath+"/plannedDate",keyword:"pattern",site:"7",params:{pattern: "^\\d{2}-\\d{2}-\\d{4}$"}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/plannedDate",keyword:"type",site:"8",params:{type: "string"}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath,keyword:"type",site:"9",params:{type: "object"}};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate48.errors = vErrors;return errors === 0;}const schema23 = {"type":"string","enum":["NEW","BANKDETAILS_MISSING","IN_PROCESS","PROCESSED","RETURNED","ERROR","CANCELLED","LEGACY"]};function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,keyword:"type",site:"0",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!((((((((data === "NEW") || (data === "BANKDETAILS_MISSING")) || (data === "IN_PROCESS")) || (data === "PROCESSED")) || (data === "RETURNED")) || (data === "ERROR")) || (data === "CANCELLED")) || (data === "LEGACY"))){const err1 = {instancePath,keyword:"enum",site:"1",params:{allowedValues: schema23.enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate50.errors = vErrors;return errors === 0;}function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(validate48(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = appendErrors(vErrors, validate48.errors, "0");errors = vErrors.length;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id !== undefined){if(typeof data.id !== "string"){const err0 = {instancePath:instancePath+"/id",keyword:"type",site:"0",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.executionDate !== undefined){let data1 = data.executionDate;if((typeof data1 !== "string") && (data1 !== null)){const err1 = {instancePath:instancePath+"/executionDate",keyword:"type",site:"1",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(typeof data1 === "string"){if(!pattern0.test(data1)){const err2 = {instancePath:instancePath+"/executionDate",keyword:"pattern",site:"2",params:{pattern: "^\\d{2}-\\d{2}-\\d{4}$"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}if(data.referenceNumber !== undefined){if(typeof data.referenceNumber !== "string"){const err3 = {instancePath:instancePath+"/referenceNumber",keyword:"type",site:"3",params:{type: "string"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.status !== undefined){if(!(validate50(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){vErrors = appendErrors(vErrors, validate50.errors, "1");errors = vErrors.length;}}}else {const err4 = {instancePath,keyword:"type",site:"4",params:{type: "object"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}validate47.errors = vErrors;return errors === 0;}function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = appendErrors(vErrors, validate26.errors, "0");errors = vErrors.length;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.number === undefined){const err0 = {instancePath,keyword:"required",site:"0",params:{missingProperty: "number"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.number !== undefined){if(typeof data.number !== "string"){const err1 = {instancePath:instancePath+"/number",keyword:"type",site:"1",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.paymentStatus !== undefined){if(!(validate37(data.paymentStatus, {instancePath:instancePath+"/paymentStatus",parentData:data,parentDataProperty:"paymentStatus",rootData}))){vErrors = appendErrors(vErrors, validate37.errors, "1");errors = vErrors.length;}}if(data.referenceNumber !== undefined){if(typeof data.referenceNumber !== "string"){const err2 = {instancePath:instancePath+"/referenceNumber",keyword:"type",site:"2",params:{type: "string"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.bankAccount !== undefined){if(!(validate39(data.bankAccount, {instancePath:instancePath+"/bankAccount",parentData:data,parentDataProperty:"bankAccount",rootData}))){vErrors = appendErrors(vErrors, validate39.errors, "2");errors = vErrors.length;}}if(data.dunningLevel !== undefined){let data4 = data.dunningLevel;if(!((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4)))){const err3 = {instancePath:instancePath+"/dunningLevel",keyword:"type",site:"3",params:{type: "integer"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.amountPaid !== undefined){if(!(typeof data.amountPaid == "number")){const err4 = {instancePath:instancePath+"/amountPaid",keyword:"type",site:"4",params:{type: "number"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.postings !== undefined){let data6 = data.postings;if(Array.isArray(data6)){const len0 = data6.length;for(let i0=0; i0<len0; i0++){if(!(validate41(data6[i0], {instancePath:instancePath+"/postings/" + i0,parentData:data6,parentDataProperty:i0,rootData}))){vErrors = appendErrors(vErrors, validate41.errors, "3");errors = vErrors.length;}}}else {const err5 = {instancePath:instancePath+"/postings",keyword:"type",site:"5",params:{type: "array"}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.collectionPartner !== undefined){if(typeof data.collectionPartner !== "string"){const err6 = {instancePath:instancePath+"/collectionPartner",keyword:"type",site:"6",params:{type: "string"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.collectionFile !== undefined){if(typeof data.collectionFile !== "string"){const err7 = {instancePath:instancePath+"/collectionFile",keyword:"type",site:"7",params:{type: "string"}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}if(data.collectionStatus !== undefined){if(typeof data.collectionStatus !== "string"){const err8 = {instancePath:instancePath+"/collectionStatus",keyword:"type",site:"8",params:{type: "string"}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.collectionHistory !== undefined){let data11 = data.collectionHistory;if(Array.isArray(data11)){const len1 = data11.length;for(let i1=0; i1<len1; i1++){if(!(validate43(data11[i1], {instancePath:instancePath+"/collectionHistory/" + i1,parentData:data11,parentDataProperty:i1,rootData}))){vErrors = appendErrors(vErrors, validate43.errors, "4");errors = vErrors.length;}}}else {const err9 = {instancePath:instancePath+"/collectionHistory",keyword:"type",site:"9",params:{type: "array"}};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.paymentReminders !== undefined){let data13 = data.paymentReminders;if(Array.isArray(data13)){const len2 = data13.length;for(let i2=0; i2<len2; i2++){if(!(validate45(data13[i2], {instancePath:instancePath+"/paymentReminders/" + i2,parentData:data13,parentDataProperty:i2,rootData}))){vErrors = appendErrors(vErrors, validate45.errors, "5");errors = vErrors.length;}}}else {const err10 = {instancePath:instancePath+"/paymentReminders",keyword:"type",site:"10",params:{type: "array"}};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.refunds !== undefined){let data15 = data.refunds;if(Array.isArray(data15)){const len3 = data15.length;for(let i3=0; i3<len3; i3++){if(!(validate47(data15[i3], {instancePath:instancePath+"/refunds/" + i3,parentData:data15,parentDataProperty:i3,rootData}))){vErrors = appendErrors(vErrors, validate47.errors, "6");errors = vErrors.length;}}}else {const err11 = {instancePath:instancePath+"/refunds",keyword:"type",site:"11",params:{type: "array"}};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.hasBankDetailsForRefund !== undefined){if(typeof data.hasBankDetailsForRefund !== "boolean"){const err12 = {instancePath:instancePath+"/hasBankDetailsForRefund",keyword:"type",site:"12",params:{type: "boolean"}};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}}else {const err13 = {instancePath,keyword:"type",site:"13",params:{type: "object"}};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}validate24.errors = vErrors;return errors === 0;}exports.v3 = validate53;const schema24 = {"type":"object","required":["error"],"properties":{"error":{"type":"string"}}};function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.error === undefined){const err0 = {instancePath,keyword:"required",site:"0",params:{missingProperty: "error"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.error !== undefined){if(typeof data.error !== "string"){const err1 = {instancePath:instancePath+"/error",keyword:"type",site:"1",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,keyword:"type",site:"2",params:{type: "object"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate53.errors = vErrors;return errors === 0;}exports.v4 = validate54;const schema25 = {"$id":"request.v4","type":"object","properties":{"orderNumber":{"type":"string"}},"required":["orderNumber"]};function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.orderNumber === undefined){const err0 = {instancePath,keyword:"required",site:"0",params:{missingProperty: "orderNumber"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.orderNumber !== undefined){if(typeof data.orderNumber !== "string"){const err1 = {instancePath:instancePath+"/orderNumber",keyword:"type",site:"1",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,keyword:"type",site:"2",params:{type: "object"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate54.errors = vErrors;return errors === 0;}exports.v5 = validate55;const schema26 = {"$id":"request.v5","type":"object","properties":{"includePostings":{"type":"boolean","default":false},"includeCollectionHistory":{"type":"boolean","default":false},"includePaymentReminders":{"type":"boolean","default":false},"includeRefunds":{"type":"boolean","default":false}}};function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.includePostings !== undefined){if(typeof data.includePostings !== "boolean"){const err0 = {instancePath:instancePath+"/includePostings",keyword:"type",site:"0",params:{type: "boolean"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.includeCollectionHistory !== undefined){if(typeof data.includeCollectionHistory !== "boolean"){const err1 = {instancePath:instancePath+"/includeCollectionHistory",keyword:"type",site:"1",params:{type: "boolean"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.includePaymentReminders !== undefined){if(typeof data.includePaymentReminders !== "boolean"){const err2 = {instancePath:instancePath+"/includePaymentReminders",keyword:"type",site:"2",params:{type: "boolean"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.includeRefunds !== undefined){if(typeof data.includeRefunds !== "boolean"){const err3 = {instancePath:instancePath+"/includeRefunds",keyword:"type",site:"3",params:{type: "boolean"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath,keyword:"type",site:"4",params:{type: "object"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}validate55.errors = vErrors;return errors === 0;}exports.v6 = validate56;function validate56(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.date === undefined){const err0 = {instancePath,keyword:"required",site:"0",params:{missingProperty: "date"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.type === undefined){const err1 = {instancePath,keyword:"required",site:"1",params:{missingProperty: "type"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.amount === undefined){const err2 = {instancePath,keyword:"required",site:"2",params:{missingProperty: "amount"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.currency === undefined){const err3 = {instancePath,keyword:"required",site:"3",params:{missingProperty: "currency"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.billing === undefined){const err4 = {instancePath,keyword:"required",site:"4",params:{missingProperty: "billing"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}if(data.date !== undefined){let data0 = data.date;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err5 = {instancePath:instancePath+"/date",keyword:"pattern",site:"5",params:{pattern: "^\\d{2}-\\d{2}-\\d{4}$"}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}else {const err6 = {instancePath:instancePath+"/date",keyword:"type",site:"6",params:{type: "string"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.dueDate !== undefined){let data1 = data.dueDate;if(typeof data1 === "string"){if(!pattern0.test(data1)){const err7 = {instancePath:instancePath+"/dueDate",keyword:"pattern",site:"7",params:{pattern: "^\\d{2}-\\d{2}-\\d{4}$"}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/dueDate",keyword:"type",site:"8",params:{type: "string"}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data.customerEmail !== undefined){if(typeof data.customerEmail !== "string"){const err9 = {instancePath:instancePath+"/customerEmail",keyword:"type",site:"9",params:{type: "string"}};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data.customerNumber !== undefined){if(typeof data.customerNumber !== "string"){const err10 = {instancePath:instancePath+"/customerNumber",keyword:"type",site:"10",params:{type: "string"}};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}if(data.type !== undefined){if(!(validate27(data.type, {instancePath:instancePath+"/type",parentData:data,parentDataProperty:"type",rootData}))){vErrors = appendErrors(vErrors, validate27.errors, "0");errors = vErrors.length;}}if(data.marketplaceNumber !== undefined){if(typeof data.marketplaceNumber !== "string"){const err11 = {instancePath:instancePath+"/marketplaceNumber",keyword:"type",site:"11",params:{type: "string"}};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}if(data.paymentMethod !== undefined){if(typeof data.paymentMethod !== "string"){const err12 = {instancePath:instancePath+"/paymentMethod",keyword:"type",site:"12",params:{type: "string"}};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}}if(data.paymentMethodDescription !== undefined){if(typeof data.paymentMethodDescription !== "string"){const err13 = {instancePath:instancePath+"/paymentMethodDescription",keyword:"type",site:"13",params:{type: "string"}};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}}if(data.statusDescription !== undefined){if(typeof data.statusDescription !== "string"){const err14 = {instancePath:instancePath+"/statusDescription",keyword:"type",site:"14",params:{type: "string"}};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}if(data.amount !== undefined){if(!(typeof data.amount == "number")){const err15 = {instancePath:instancePath+"/amount",keyword:"type",site:"15",params:{type: "number"}};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data.currency !== undefined){if(typeof data.currency !== "string"){const err16 = {instancePath:instancePath+"/currency",keyword:"type",site:"16",params:{type: "string"}};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data.exchangeRate !== undefined){if(!(typeof data.exchangeRate == "number")){const err17 = {instancePath:instancePath+"/exchangeRate",keyword:"type",site:"17",params:{type: "number"}};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}if(data.language !== undefined){if(typeof data.language !== "string"){const err18 = {instancePath:instancePath+"/language",keyword:"type",site:"18",params:{type: "string"}};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}if(data.itemNumbers !== undefined){let data13 = data.itemNumbers;if(Array.isArray(data13)){const len0 = data13.length;for(let i0=0; i0<len0; i0++){if(typeof data13[i0] !== "string"){const err19 = {instancePath:instancePath+"/itemNumbers/" + i0,keyword:"type",site:"19",params:{type: "string"}};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}}}else {const err20 = {instancePath:instancePath+"/itemNumbers",keyword:"type",site:"20",params:{type: "array"}};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}}if(data.items !== undefined){let data15 = data.items;if(Array.isArray(data15)){const len1 = data15.length;for(let i1=0; i1<len1; i1++){if(!(validate29(data15[i1], {instancePath:instancePath+"/items/" + i1,parentData:data15,parentDataProperty:i1,rootData}))){vErrors = appendErrors(vErrors, validate29.errors, "1");errors = vErrors.length;}}}else {const err21 = {instancePath:instancePath+"/items",keyword:"type",site:"21",params:{type: "array"}};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}if(data.invoiceNumbers !== undefined){let data17 = data.invoiceNumbers;if(Array.isArray(data17)){const len2 = data17.length;for(let i2=0; i2<len2; i2++){if(typeof data17[i2] !== "string"){const err22 = {instancePath:instancePath+"/invoiceNumbers/" + i2,keyword:"type",site:"22",params:{type: "string"}};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/invoiceNumbers",keyword:"type",site:"23",params:{type: "array"}};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}if(data.shippingNumbers !== undefined){let data19 = data.shippingNumbers;if(Array.isArray(data19)){const len3 = data19.length;for(let i3=0; i3<len3; i3++){if(typeof data19[i3] !== "string"){const err24 = {instancePath:instancePath+"/shippingNumbers/" + i3,keyword:"type",site:"24",params:{type: "string"}};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}}}else {const err25 = {instancePath:instancePath+"/shippingNumbers",keyword:"type",site:"25",params:{type: "array"}};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}}if(data.proformaNumbers !== undefined){let data21 = data.proformaNumbers;if(Array.isArray(data21)){const len4 = data21.length;for(let i4=0; i4<len4; i4++){if(typeof data21[i4] !== "string"){const err26 = {instancePath:instancePath+"/proformaNumbers/" + i4,keyword:"type",site:"26",params:{type: "string"}};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}else {const err27 = {instancePath:instancePath+"/proformaNumbers",keyword:"type",site:"27",params:{type: "array"}};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data.billing !== undefined){if(!(validate31(data.billing, {instancePath:instancePath+"/billing",parentData:data,parentDataProperty:"billing",rootData}))){vErrors = appendErrors(vErrors, validate31.errors, "2");errors = vErrors.length;}}if(data.shipping !== undefined){if(!(validate31(data.shipping, {instancePath:instancePath+"/shipping",parentData:data,parentDataProperty:"shipping",rootData}))){vErrors = appendErrors(vErrors, validate31.errors, "3");errors = vErrors.length;}}if(data.initialDunningLevel !== undefined){let data25 = data.initialDunningLevel;if(!((typeof data25 == "number") && (!(data25 % 1) && !isNaN(data25)))){const err28 = {instancePath:instancePath+"/initialDunningLevel",keyword:"type",site:"28",params:{type: "integer"}};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}if(data.stopReminder !== undefined){if(typeof data.stopReminder !== "boolean"){const err29 = {instancePath:instancePath+"/stopReminder",keyword:"type",site:"29",params:{type: "boolean"}};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}}}else {const err30 = {instancePath,keyword:"type",site:"30",params:{type: "object"}};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}validate56.errors = vErrors;return errors === 0;}exports.v7 = validate61;const schema28 = {"$id":"request.v7","type":"object","properties":{"orderNumber":{"type":"string"}},"required":["orderNumber"]};function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.orderNumber === undefined){const err0 = {instancePath,keyword:"required",site:"0",params:{missingProperty: "orderNumber"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.orderNumber !== undefined){if(typeof data.orderNumber !== "string"){const err1 = {instancePath:instancePath+"/orderNumber",keyword:"type",site:"1",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,keyword:"type",site:"2",params:{type: "object"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate61.errors = vErrors;return errors === 0;}exports.v8 = validate62;const schema29 = {"$id":"request.v8","type":"object","properties":{"includePostings":{"type":"boolean","default":false},"includeCollectionHistory":{"type":"boolean","default":false},"includePaymentReminders":{"type":"boolean","default":false},"includeRefunds":{"type":"boolean","default":false}}};function validate62(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.includePostings !== undefined){if(typeof data.includePostings !== "boolean"){const err0 = {instancePath:instancePath+"/includePostings",keyword:"type",site:"0",params:{type: "boolean"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.includeCollectionHistory !== undefined){if(typeof data.includeCollectionHistory !== "boolean"){const err1 = {instancePath:instancePath+"/includeCollectionHistory",keyword:"type",site:"1",params:{type: "boolean"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.includePaymentReminders !== undefined){if(typeof data.includePaymentReminders !== "boolean"){const err2 = {instancePath:instancePath+"/includePaymentReminders",keyword:"type",site:"2",params:{type: "boolean"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.includeRefunds !== undefined){if(typeof data.includeRefunds !== "boolean"){const err3 = {instancePath:instancePath+"/includeRefunds",keyword:"type",site:"3",params:{type: "boolean"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath,keyword:"type",site:"4",params:{type: "object"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}validate62.errors = vErrors;return errors === 0;}exports.v9 = validate63;const schema30 = {"$id":"request.v9","type":"object","properties":{"orderNumber":{"type":"string"}},"required":["orderNumber"]};function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.orderNumber === undefined){const err0 = {instancePath,keyword:"required",site:"0",params:{missingProperty: "orderNumber"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.orderNumber !== undefined){if(typeof data.orderNumber !== "string"){const err1 = {instancePath:instancePath+"/orderNumber",keyword:"type",site:"1",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,keyword:"type",site:"2",params:{type: "object"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate63.errors = vErrors;return errors === 0;}exports.v10 = validate64;const schema31 = {"$id":"request.v10","type":"object","properties":{"orderNumber":{"type":"string"}},"required":["orderNumber"]};function validate64(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.orderNumber === undefined){const err0 = {instancePath,keyword:"required",site:"0",params:{missingProperty: "orderNumber"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.orderNumber !== undefined){if(typeof data.orderNumber !== "string"){const err1 = {instancePath:instancePath+"/orderNumber",keyword:"type",site:"1",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,keyword:"type",site:"2",params:{type: "object"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate64.errors = vErrors;return errors === 0;}exports.v11 = validate65;const schema32 = {"$id":"response.v11"};function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){validate65.errors = null;return true;}exports.v12 = validate66;const schema33 = {"$id":"request.v12","type":"object","properties":{"orderNumber":{"type":"string"}},"required":["orderNumber"]};function validate66(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.orderNumber === undefined){const err0 = {instancePath,keyword:"required",site:"0",params:{missingProperty: "orderNumber"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.orderNumber !== undefined){if(typeof data.orderNumber !== "string"){const err1 = {instancePath:instancePath+"/orderNumber",keyword:"type",site:"1",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,keyword:"type",site:"2",params:{type: "object"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate66.errors = vErrors;return errors === 0;}exports.v13 = validate67;const schema34 = {"$id":"request.v13","type":"object","properties":{"orderNumber":{"type":"string"},"invoiceNumber":{"type":"string"}},"required":["orderNumber","invoiceNumber"]};function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.orderNumber === undefined){const err0 = {instancePath,keyword:"required",site:"0",params:{missingProperty: "orderNumber"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.invoiceNumber === undefined){const err1 = {instancePath,keyword:"required",site:"1",params:{missingProperty: "invoiceNumber"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.orderNumber !== undefined){if(typeof data.orderNumber !== "string"){const err2 = {instancePath:instancePath+"/orderNumber",keyword:"type",site:"2",params:{type: "string"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.invoiceNumber !== undefined){if(typeof data.invoiceNumber !== "string"){const err3 = {instancePath:instancePath+"/invoiceNumber",keyword:"type",site:"3",params:{type: "string"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath,keyword:"type",site:"4",params:{type: "object"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}validate67.errors = vErrors;return errors === 0;}exports.v14 = validate68;const schema35 = {"$id":"request.v14","type":"object","properties":{"orderNumber":{"type":"string"}},"required":["orderNumber"]};function validate68(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.orderNumber === undefined){const err0 = {instancePath,keyword:"required",site:"0",params:{missingProperty: "orderNumber"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.orderNumber !== undefined){if(typeof data.orderNumber !== "string"){const err1 = {instancePath:instancePath+"/orderNumber",keyword:"type",site:"1",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,keyword:"type",site:"2",params:{type: "object"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate68.errors = vErrors;return errors === 0;}exports.v15 = validate69;function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.externalReference === undefined){const err0 = {instancePath,keyword:"required",site:"0",params:{missingProperty: "externalReference"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.amount === undefined){const err1 = {instancePath,keyword:"required",site:"1",params:{missingProperty: "amount"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(data.currency === undefined){const err2 = {instancePath,keyword:"required",site:"2",params:{missingProperty: "currency"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}if(data.plannedDate === undefined){const err3 = {instancePath,keyword:"required",site:"3",params:{missingProperty: "plannedDate"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}if(data.externalReference !== undefined){if(typeof data.externalReference !== "string"){const err4 = {instancePath:instancePath+"/externalReference",keyword:"type",site:"4",params:{type: "string"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.amount !== undefined){if(!(typeof data.amount == "number")){const err5 = {instancePath:instancePath+"/amount",keyword:"type",site:"5",params:{type: "number"}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.currency !== undefined){if(typeof data.currency !== "string"){const err6 = {instancePath:instancePath+"/currency",keyword:"type",site:"6",params:{type: "string"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.plannedDate !== undefined){let data3 = data.plannedDate;if(typeof data3 === "string"){if(!pattern0.test(data3)){const err7 = {instancePath:instancePath+"/plannedDate",keyword:"pattern",site:"7",params:{pattern: "^\\d{2}-\\d{2}-\\d{4}$"}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}else {const err8 = {instancePath:instancePath+"/plannedDate",keyword:"type",site:"8",params:{type: "string"}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}}else {const err9 = {instancePath,keyword:"type",site:"9",params:{type: "object"}};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}validate69.errors = vErrors;return errors === 0;}exports.v16 = validate70;function validate70(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(validate48(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = appendErrors(vErrors, validate48.errors, "0");errors = vErrors.length;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.id !== undefined){if(typeof data.id !== "string"){const err0 = {instancePath:instancePath+"/id",keyword:"type",site:"0",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.executionDate !== undefined){let data1 = data.executionDate;if((typeof data1 !== "string") && (data1 !== null)){const err1 = {instancePath:instancePath+"/executionDate",keyword:"type",site:"1",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}if(typeof data1 === "string"){if(!pattern0.test(data1)){const err2 = {instancePath:instancePath+"/executionDate",keyword:"pattern",site:"2",params:{pattern: "^\\d{2}-\\d{2}-\\d{4}$"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}}if(data.referenceNumber !== undefined){if(typeof data.referenceNumber !== "string"){const err3 = {instancePath:instancePath+"/referenceNumber",keyword:"type",site:"3",params:{type: "string"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.status !== undefined){if(!(validate50(data.status, {instancePath:instancePath+"/status",parentData:data,parentDataProperty:"status",rootData}))){vErrors = appendErrors(vErrors, validate50.errors, "1");errors = vErrors.length;}}}else {const err4 = {instancePath,keyword:"type",site:"4",params:{type: "object"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}validate70.errors = vErrors;return errors === 0;}exports.v17 = validate73;const schema38 = {"$id":"request.v17","type":"object","properties":{"maxAge":{"type":"string","default":"120"},"paymentStatus":{"type":"array","items":{"$ref":"common#/components/schemas/PaymentStatus"}},"minPostingDate":{"type":"string","pattern":"^\\d{2}-\\d{2}-\\d{4}$"},"includePostings":{"type":"boolean","default":false},"includeCollectionHistory":{"type":"boolean","default":false},"includePaymentReminders":{"type":"boolean","default":false},"includeRefunds":{"type":"boolean","default":false}}};function validate74(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(typeof data !== "string"){const err0 = {instancePath,keyword:"type",site:"0",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(!(((((((((data === "UNPAID") || (data === "PAID")) || (data === "PAID_PARTIAL")) || (data === "CANCELLED")) || (data === "REFUNDED")) || (data === "REFUNDED_PARTIAL")) || (data === "LEGACY")) || (data === "DISAPPEARED")) || (data === "COLLECTION"))){const err1 = {instancePath,keyword:"enum",site:"1",params:{allowedValues: schema16.enum}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate74.errors = vErrors;return errors === 0;}function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.maxAge !== undefined){if(typeof data.maxAge !== "string"){const err0 = {instancePath:instancePath+"/maxAge",keyword:"type",site:"0",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.paymentStatus !== undefined){let data1 = data.paymentStatus;if(Array.isArray(data1)){const len0 = data1.length;for(let i0=0; i0<len0; i0++){if(!(validate74(data1[i0], {instancePath:instancePath+"/paymentStatus/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){vErrors = appendErrors(vErrors, validate74.errors, "0");errors = vErrors.length;}}}else {const err1 = {instancePath:instancePath+"/paymentStatus",keyword:"type",site:"1",params:{type: "array"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.minPostingDate !== undefined){let data3 = data.minPostingDate;if(typeof data3 === "string"){if(!pattern0.test(data3)){const err2 = {instancePath:instancePath+"/minPostingDate",keyword:"pattern",site:"2",params:{pattern: "^\\d{2}-\\d{2}-\\d{4}$"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/minPostingDate",keyword:"type",site:"3",params:{type: "string"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.includePostings !== undefined){if(typeof data.includePostings !== "boolean"){const err4 = {instancePath:instancePath+"/includePostings",keyword:"type",site:"4",params:{type: "boolean"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.includeCollectionHistory !== undefined){if(typeof data.includeCollectionHistory !== "boolean"){const err5 = {instancePath:instancePath+"/includeCollectionHistory",keyword:"type",site:"5",params:{type: "boolean"}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.includePaymentReminders !== undefined){if(typeof data.includePaymentReminders !== "boolean"){const err6 = {instancePath:instancePath+"/includePaymentReminders",keyword:"type",site:"6",params:{type: "boolean"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}}if(data.includeRefunds !== undefined){if(typeof data.includeRefunds !== "boolean"){const err7 = {instancePath:instancePath+"/includeRefunds",keyword:"type",site:"7",params:{type: "boolean"}};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}else {const err8 = {instancePath,keyword:"type",site:"8",params:{type: "object"}};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}validate73.errors = vErrors;return errors === 0;}exports.v18 = validate76;const schema40 = {"type":"array","items":{"$ref":"response#/components/schemas/Order"}};function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){if(!(validate24(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){vErrors = appendErrors(vErrors, validate24.errors, "0");errors = vErrors.length;}}}else {const err0 = {instancePath,keyword:"type",site:"0",params:{type: "array"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate76.errors = vErrors;return errors === 0;}exports.v19 = validate78;const schema41 = {"$id":"request.v19","type":"object","properties":{"includePostings":{"type":"boolean","default":false},"includeCollectionHistory":{"type":"boolean","default":false},"includePaymentReminders":{"type":"boolean","default":false},"includeRefunds":{"type":"boolean","default":false}}};function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.includePostings !== undefined){if(typeof data.includePostings !== "boolean"){const err0 = {instancePath:instancePath+"/includePostings",keyword:"type",site:"0",params:{type: "boolean"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}if(data.includeCollectionHistory !== undefined){if(typeof data.includeCollectionHistory !== "boolean"){const err1 = {instancePath:instancePath+"/includeCollectionHistory",keyword:"type",site:"1",params:{type: "boolean"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.includePaymentReminders !== undefined){if(typeof data.includePaymentReminders !== "boolean"){const err2 = {instancePath:instancePath+"/includePaymentReminders",keyword:"type",site:"2",params:{type: "boolean"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.includeRefunds !== undefined){if(typeof data.includeRefunds !== "boolean"){const err3 = {instancePath:instancePath+"/includeRefunds",keyword:"type",site:"3",params:{type: "boolean"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}}else {const err4 = {instancePath,keyword:"type",site:"4",params:{type: "object"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}validate78.errors = vErrors;return errors === 0;}exports.v20 = validate80;const schema43 = {"type":"array","items":{"$ref":"request#/components/schemas/Order"}};const schema44 = {"allOf":[{"$ref":"common#/components/schemas/OrderData"},{"type":"object","required":["number"],"properties":{"number":{"type":"string"}}}]};function validate81(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!(validate56(data, {instancePath,parentData,parentDataProperty,rootData}))){vErrors = appendErrors(vErrors, validate56.errors, "0");errors = vErrors.length;}if(data && typeof data == "object" && !Array.isArray(data)){if(data.number === undefined){const err0 = {instancePath,keyword:"required",site:"0",params:{missingProperty: "number"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.number !== undefined){if(typeof data.number !== "string"){const err1 = {instancePath:instancePath+"/number",keyword:"type",site:"1",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}}else {const err2 = {instancePath,keyword:"type",site:"2",params:{type: "object"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}validate81.errors = vErrors;return errors === 0;}function validate80(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){if(!(validate81(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){vErrors = appendErrors(vErrors, validate81.errors, "0");errors = vErrors.length;}}}else {const err0 = {instancePath,keyword:"type",site:"0",params:{type: "array"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate80.errors = vErrors;return errors === 0;}exports.v21 = validate84;const schema45 = {"type":"array","items":{"type":"string"}};function validate84(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){if(typeof data[i0] !== "string"){const err0 = {instancePath:instancePath+"/" + i0,keyword:"type",site:"0",params:{type: "string"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}}else {const err1 = {instancePath,keyword:"type",site:"1",params:{type: "array"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}validate84.errors = vErrors;return errors === 0;}exports.v22 = validate85;const schema46 = {"type":"integer"};function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(!((typeof data == "number") && (!(data % 1) && !isNaN(data)))){const err0 = {instancePath,keyword:"type",site:"0",params:{type: "integer"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate85.errors = vErrors;return errors === 0;}exports.v23 = validate86;const schema47 = {"$id":"request.v23","type":"object","properties":{"createdMin":{"type":"string","pattern":"^\\d{2}-\\d{2}-\\d{4}$"},"createdMax":{"type":"string","pattern":"^\\d{2}-\\d{2}-\\d{4}$"},"includeOrders":{"type":"boolean","default":false},"iban":{"type":"string"}}};function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.createdMin !== undefined){let data0 = data.createdMin;if(typeof data0 === "string"){if(!pattern0.test(data0)){const err0 = {instancePath:instancePath+"/createdMin",keyword:"pattern",site:"0",params:{pattern: "^\\d{2}-\\d{2}-\\d{4}$"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}}else {const err1 = {instancePath:instancePath+"/createdMin",keyword:"type",site:"1",params:{type: "string"}};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}}if(data.createdMax !== undefined){let data1 = data.createdMax;if(typeof data1 === "string"){if(!pattern0.test(data1)){const err2 = {instancePath:instancePath+"/createdMax",keyword:"pattern",site:"2",params:{pattern: "^\\d{2}-\\d{2}-\\d{4}$"}};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}else {const err3 = {instancePath:instancePath+"/createdMax",keyword:"type",site:"3",params:{type: "string"}};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.includeOrders !== undefined){if(typeof data.includeOrders !== "boolean"){const err4 = {instancePath:instancePath+"/includeOrders",keyword:"type",site:"4",params:{type: "boolean"}};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.iban !== undefined){if(typeof data.iban !== "string"){const err5 = {instancePath:instancePath+"/iban",keyword:"type",site:"5",params:{type: "string"}};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}}else {const err6 = {instancePath,keyword:"type",site:"6",params:{type: "object"}};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}validate86.errors = vErrors;return errors === 0;}exports.v24 = validate87;const schema48 = {"type":"array","items":{"$ref":"response#/components/schemas/Posting"}};function validate87(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(Array.isArray(data)){const len0 = data.length;for(let i0=0; i0<len0; i0++){if(!(validate41(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){vErrors = appendErrors(vErrors, validate41.errors, "0");errors = vErrors.length;}}}else {const err0 = {instancePath,keyword:"type",site:"0",params:{type: "array"}};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}validate87.errors = vErrors;return errors === 0;}

/** For each operation: method, path, parameters, and the export that checks each request part and response. */
export const operations = {
  "getOrder": {
    "method": "get",
    "path": "/order/{orderNumber}",
    "parameters": [
      {
        "name": "orderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      },
      {
        "name": "includePostings",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeCollectionHistory",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includePaymentReminders",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeRefunds",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      }
    ],
    "request": {
      "path": "v0",
      "query": "v1"
    },
    "responses": {
      "200": {
        "application/json": "v2"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      }
    }
  },
  "submitOrder": {
    "method": "post",
    "path": "/order/{orderNumber}",
    "parameters": [
      {
        "name": "orderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      },
      {
        "name": "includePostings",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeCollectionHistory",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includePaymentReminders",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeRefunds",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      }
    ],
    "requestMediaType": "application/json",
    "bodyRequired": true,
    "request": {
      "path": "v4",
      "query": "v5",
      "body": "v6"
    },
    "responses": {
      "200": {
        "application/json": "v2"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  },
  "removeOrder": {
    "method": "post",
    "path": "/order/remove/{orderNumber}",
    "parameters": [
      {
        "name": "orderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      },
      {
        "name": "includePostings",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeCollectionHistory",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includePaymentReminders",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeRefunds",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      }
    ],
    "request": {
      "path": "v7",
      "query": "v8"
    },
    "responses": {
      "200": {
        "application/json": "v2"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  },
  "cancelOrder": {
    "method": "post",
    "path": "/order/{orderNumber}/cancel",
    "parameters": [
      {
        "name": "orderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      }
    ],
    "request": {
      "path": "v9"
    },
    "responses": {
      "200": {
        "application/json": "v2"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  },
  "setOrderPaid": {
    "method": "post",
    "path": "/order/{orderNumber}/setpaid",
    "parameters": [
      {
        "name": "orderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      }
    ],
    "request": {
      "path": "v10"
    },
    "responses": {
      "200": {
        "application/json": "v11"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      }
    }
  },
  "setOrderUnpaid": {
    "method": "post",
    "path": "/order/{orderNumber}/setunpaid",
    "parameters": [
      {
        "name": "orderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      }
    ],
    "request": {
      "path": "v12"
    },
    "responses": {
      "200": {
        "application/json": "v2"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  },
  "submitInvoice": {
    "method": "post",
    "path": "/order/{orderNumber}/invoice/{invoiceNumber}",
    "parameters": [
      {
        "name": "orderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      },
      {
        "name": "invoiceNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      }
    ],
    "requestMediaType": "multipart/form-data",
    "bodyRequired": true,
    "request": {
      "path": "v13"
    },
    "responses": {
      "200": {},
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  },
  "createRefund": {
    "method": "post",
    "path": "/order/{orderNumber}/refund",
    "parameters": [
      {
        "name": "orderNumber",
        "in": "path",
        "required": true,
        "type": "string",
        "explode": true
      }
    ],
    "requestMediaType": "application/json",
    "bodyRequired": true,
    "request": {
      "path": "v14",
      "body": "v15"
    },
    "responses": {
      "200": {
        "application/json": "v16"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  },
  "readOrders": {
    "method": "get",
    "path": "/orders",
    "parameters": [
      {
        "name": "maxAge",
        "in": "query",
        "required": false,
        "type": "string",
        "explode": true
      },
      {
        "name": "paymentStatus",
        "in": "query",
        "required": false,
        "type": "array",
        "items": "string",
        "explode": false
      },
      {
        "name": "minPostingDate",
        "in": "query",
        "required": false,
        "type": "string",
        "explode": true
      },
      {
        "name": "includePostings",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeCollectionHistory",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includePaymentReminders",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeRefunds",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      }
    ],
    "request": {
      "query": "v17"
    },
    "responses": {
      "200": {
        "application/json": "v18"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  },
  "submitOrders": {
    "method": "post",
    "path": "/orders",
    "parameters": [
      {
        "name": "includePostings",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeCollectionHistory",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includePaymentReminders",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "includeRefunds",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      }
    ],
    "requestMediaType": "application/json",
    "bodyRequired": true,
    "request": {
      "query": "v19",
      "body": "v20"
    },
    "responses": {
      "200": {
        "application/json": "v18"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  },
  "syncOrders": {
    "method": "post",
    "path": "/ordersync",
    "parameters": [],
    "requestMediaType": "application/json",
    "bodyRequired": true,
    "request": {
      "body": "v21"
    },
    "responses": {
      "200": {
        "application/json": "v22"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  },
  "readPostings": {
    "method": "get",
    "path": "/postings",
    "parameters": [
      {
        "name": "createdMin",
        "in": "query",
        "required": false,
        "type": "string",
        "explode": true
      },
      {
        "name": "createdMax",
        "in": "query",
        "required": false,
        "type": "string",
        "explode": true
      },
      {
        "name": "includeOrders",
        "in": "query",
        "required": false,
        "type": "boolean",
        "explode": true
      },
      {
        "name": "iban",
        "in": "query",
        "required": false,
        "type": "string",
        "explode": true
      }
    ],
    "request": {
      "query": "v23"
    },
    "responses": {
      "200": {
        "application/json": "v24"
      },
      "400": {
        "application/json": "v3"
      },
      "401": {
        "application/json": "v3"
      },
      "404": {
        "application/json": "v3"
      }
    }
  }
};

/** The named request body schemas, each with the export that checks it. */
export const schemaChecks = {
  "OrderData": "v6",
  "OrderList": "v20",
  "OrderSyncRequest": "v21",
  "RefundRequest": "v15"
};

/** The checking functions, by the names `operations` and `schemaChecks` use. */
export const checks = exports;
