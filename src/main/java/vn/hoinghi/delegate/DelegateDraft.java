package vn.hoinghi.delegate;

/** What is typed or imported for a delegate. Mutable so a form can bind to it. Unit and group go by name. */
public class DelegateDraft {

    private String fullName;
    private Gender gender;
    private String title;
    private String unitName;
    private String groupName;
    private Long pointId;
    private Integer protocolRank;
    private String phone;
    private String email;
    private String notes;

    public static DelegateDraft of(Delegate d) {
        DelegateDraft draft = new DelegateDraft();
        draft.fullName = d.fullName();
        draft.gender = d.gender();
        draft.title = d.title();
        draft.unitName = d.unitName();
        draft.groupName = d.groupName();
        draft.pointId = d.pointId();
        draft.protocolRank = d.protocolRank();
        draft.phone = d.phone();
        draft.email = d.email();
        draft.notes = d.notes();
        return draft;
    }

    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public Gender getGender() { return gender; }
    public void setGender(Gender gender) { this.gender = gender; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getUnitName() { return unitName; }
    public void setUnitName(String unitName) { this.unitName = unitName; }
    public String getGroupName() { return groupName; }
    public void setGroupName(String groupName) { this.groupName = groupName; }
    public Long getPointId() { return pointId; }
    public void setPointId(Long pointId) { this.pointId = pointId; }
    public Integer getProtocolRank() { return protocolRank; }
    public void setProtocolRank(Integer protocolRank) { this.protocolRank = protocolRank; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public String getNotes() { return notes; }
    public void setNotes(String notes) { this.notes = notes; }
}
