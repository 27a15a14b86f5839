// ISO calendar dates ('YYYY-MM-DD'). PLACEHOLDER: the calendar work of issue 12
// gathers every date function of src here.
export type IsoDate = string;
