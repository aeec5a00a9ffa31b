package nl.shopfloor.agents.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.time.Instant;

/** The photo an agent uploaded, scaled: JPEG bytes at two sizes and the version their URLs carry (agents A7). */
@Entity
@Table(name = "agent_photo")
public class AgentPhoto {

    @Id
    @Column(name = "agent_username", length = 40)
    private String username;

    @Column(nullable = false, length = 40)
    private String version;

    @Lob
    @Column(nullable = false)
    private byte[] image;

    @Lob
    @Column(name = "small_image", nullable = false)
    private byte[] smallImage;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AgentPhoto() {
    }

    public AgentPhoto(String username) {
        this.username = username;
    }

    /** Called once, before it is persisted: a new picture is a new row (Photos.upload). */
    public void replace(String version, byte[] image, byte[] smallImage, Instant at) {
        this.version = version;
        this.image = image.clone();
        this.smallImage = smallImage.clone();
        this.updatedAt = at;
    }

    public String version() {
        return version;
    }

    public byte[] image(boolean small) {
        return (small ? smallImage : image).clone();
    }
}
