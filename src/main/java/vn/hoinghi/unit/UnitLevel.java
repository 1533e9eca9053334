package vn.hoinghi.unit;

public enum UnitLevel { CENTRAL, PROVINCE, DISTRICT, COMMUNE }
