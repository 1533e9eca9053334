package vn.hoinghi.conference;

public enum ConferenceFormat { IN_PERSON, ONLINE, HYBRID }
