package org.ntksim.model;

import org.ntksim.address.Ipv4;
import org.ntksim.kernel.Mac;

/** A network interface of one identity: a real NIC ({@code eth1}) or a macvlan pseudo NIC ({@code entr02_eth1}). */
public record Nic(String dev, Mac mac, Ipv4 linkLocal) { }
